import PlanCore

extension CaseFile {
    /// The file with `change` applied, as any store applies it: a change the plan refuses is
    /// `.invalid`, one whose item is gone meanwhile is refused in words.
    public func applying(_ change: PlanChange, on day: CalendarDate, by user: String) throws(StoreError) -> CaseFile {
        var file = self
        do { try file.apply(change, on: day, by: user) } catch {
            switch error {
            case let .invalid(problem): throw .invalid(problem)
            case .itemGone: throw .refused(.planChangedWhileSaving(id))
            }
        }
        return file
    }
}
