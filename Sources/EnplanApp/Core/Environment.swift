import PlanCore

/// What the update may read besides the state: fixed for the session, so the update stays a pure
/// function of (state, action, environment).
public struct Environment: Sendable {
    public var user: String
    public var readOnly: Bool
    public var today: CalendarDate
    public var catalogues: Catalogues
    /// Where a printed plan goes unless the user names another folder.
    public var workingFolder: String
    /// What `~` in a typed path means.
    public var home: String?
    /// The team's coordinators, whom a plan can be handed to; empty without a users catalogue.
    public var teamCoordinators: [String]
    /// Full name and phone per login, for the printed plan: who the citizen calls.
    public var contacts: [String: CoordinatorContact]
    /// In a team session over ssh, how the person reaches the server (`ssh enplan@host`): a letter
    /// leaves only as the output of `letter ID` run that way, never as a file the person names.
    public var sessionLogin: String?

    public var instrument: Instrument { catalogues.instrument }
    public var colleagues: Colleagues { Colleagues(contacts) }

    public init(user: String, readOnly: Bool, today: CalendarDate, catalogues: Catalogues, workingFolder: String,
                home: String? = nil, teamCoordinators: [String] = [], contacts: [String: CoordinatorContact] = [:],
                sessionLogin: String? = nil) {
        self.sessionLogin = sessionLogin
        self.contacts = contacts
        self.user = user
        self.readOnly = readOnly
        self.today = today
        self.catalogues = catalogues
        self.workingFolder = workingFolder
        self.home = home
        self.teamCoordinators = teamCoordinators
    }
}
