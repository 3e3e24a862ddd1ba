import PlanCore
import CaseRecords

/// Performs effects against the store and reports each outcome as an action. The one place in the
/// app that calls the store.
struct EffectRunner {
    let source: RecordStore

    func perform(_ effect: Effect) -> Action {
        switch effect {
        case .loadCaseload:
            do { return .caseloadLoaded(try source.caseload(for: .dashboard)) } catch { return .caseloadFailed(error) }
        case .loadOwnCaseload:
            do { return .caseloadLoaded(try source.caseload(for: .ownCitizensFirst)) } catch { return .caseloadFailed(error) }
        case .loadTeamTotals:
            let (from, to) = (Compliance.defaultStart(end: source.today), source.today)
            do {
                return .teamTotalsLoaded(try source.teamTotals(rules: source.catalogues.contactRules, from: from, to: to,
                                                               for: .teamOverview(from: from, to: to)))
            } catch {
                return .teamTotalsFailed(error)
            }
        case let .open(id, purpose):
            do { return .opened(try source.open(id), for: purpose) } catch { return .openFailed(error) }
        case let .save(file, change):
            do {
                return .saved(try source.apply(change, to: file.id, expecting: file.revision), change)
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
        case let .exportAccessLetter(letter, path):
            do {
                var letter = letter
                letter.entries = try source.auditEntries(about: letter.file.id)
                try source.export(letter.render(), of: letter.file.id, to: path)
                return .exported(path: path)
            } catch {
                return .exportFailed(error)
            }
        case let .assign(ids, to):
            do { return .assigned(try source.assign(ids, to: to), to: to) } catch { return .assignFailed(error) }
        case .lookForChanges:
            return .changedByOthers(source.changesByOthers())
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
