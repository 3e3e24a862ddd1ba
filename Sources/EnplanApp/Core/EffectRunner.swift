import PlanCore
import PlanStore

/// Performs effects against the store and reports each outcome as an action. The one place in the
/// app that calls the store.
struct EffectRunner {
    let source: CaseloadSource

    func perform(_ effect: Effect) -> Action {
        switch effect {
        case .loadCaseload, .loadOwnCaseload:
            let caseload: Caseload
            var own: String?
            if case .loadOwnCaseload = effect { own = source.user }
            do { caseload = try source.caseload(onlyCoordinator: own) } catch { return .caseloadFailed(error) }
            do {
                let whose = caseload.onlyCoordinator.map { " (\($0)'s; the rest follows)" } ?? ""
                try source.record(AuditEvent(.list, detail: "dashboard: \(caseload.citizens.count) citizens" + whose))
            } catch {
                return .listingNotAudited(error)
            }
            return .caseloadLoaded(caseload)
        case let .open(id, purpose):
            do { return .opened(try source.open(id), for: purpose) } catch { return .openFailed(error) }
        case let .save(file, change):
            do {
                return .saved(try source.save(file, detail: PlanChange.auditDetail(change)), change)
            } catch .conflict(_, _, let onDisk, let by) {
                return .conflict(change, by: by, revision: onDisk)
            } catch {
                return .saveFailed(error)
            }
        case let .create(new):
            do { return .created(try source.create(new)) } catch { return .createFailed(error) }
        case let .export(text, id, path):
            do {
                try source.export(text, of: id, to: path)
                return .exported(path: path)
            } catch {
                return .exportFailed(error)
            }
        case let .assign(ids, to):
            do { return .assigned(try source.assign(ids, to: to), to: to) } catch { return .assignFailed(error) }
        case let .record(event):
            do {
                try source.record(event)
                return .recorded(event)
            } catch {
                return .recordFailed(error)
            }
        }
    }
}
