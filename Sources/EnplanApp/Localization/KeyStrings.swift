/// What the keys of forms, questions, the help and the search and date lines do, for their footers
/// and the help. Memberwise, so the compiler refuses a language that lacks one.
public struct KeyStrings: Sendable {
    public var formTitle: String
    public var nextField, previousField, save, cancel, clearLine, chooseOption, typeToChoose: String
    public var measurementTitle: String
    public var score: String
    public var stepScore, clearScore, moveIndicator: String
    public var questionTitle: String
    public var nextButton, confirm, close: String
    public var searchTitle, searchConfirm, searchCancel: String
    public var dateTitle, dateConfirm: String
    public var helpTitle, scroll: String
    public var quitTitle, quitQuestion, quitAnyway, keepEditing: String

    public static let danish = KeyStrings(
        formTitle: "Formular",
        nextField: "næste felt", previousField: "forrige felt", save: "gem", cancel: "fortryd",
        clearLine: "ryd til linjens start", chooseOption: "vælg (valgfelter)", typeToChoose: "skriv for at vælge",
        measurementTitle: "Progressionsmåling",
        score: "giv score og gå videre", stepScore: "score én op/ned", clearScore: "ryd score",
        moveIndicator: "indikator",
        questionTitle: "Spørgsmål",
        nextButton: "næste knap", confirm: "vælg", close: "luk",
        searchTitle: "Søgning", searchConfirm: "behold filteret", searchCancel: "ryd søgningen",
        dateTitle: "Gå til dato", dateConfirm: "gå dertil",
        helpTitle: "Hjælp", scroll: "rul",
        quitTitle: "Afslut", quitQuestion: "Det du har skrevet er ikke gemt. Afslut alligevel?",
        quitAnyway: "Afslut", keepEditing: "Fortsæt")

    public static let english = KeyStrings(
        formTitle: "Form",
        nextField: "next field", previousField: "previous field", save: "save", cancel: "cancel",
        clearLine: "clear to the start of the line", chooseOption: "choose (choice fields)", typeToChoose: "type to choose",
        measurementTitle: "Progression measurement",
        score: "score and move on", stepScore: "score one up/down", clearScore: "clear the score",
        moveIndicator: "indicator",
        questionTitle: "Question",
        nextButton: "next button", confirm: "choose", close: "close",
        searchTitle: "Search", searchConfirm: "keep the filter", searchCancel: "clear the search",
        dateTitle: "Go to date", dateConfirm: "go there",
        helpTitle: "Help", scroll: "scroll",
        quitTitle: "Quit", quitQuestion: "What you typed is not saved. Quit anyway?",
        quitAnyway: "Quit", keepEditing: "Keep editing")
}

extension Language {
    public var keys: KeyStrings { self == .da ? .danish : .english }
}
