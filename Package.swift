// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "enplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "enplan", targets: ["enplan"]),
        .executable(name: "enplan-bench", targets: ["enplan-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The domain: pure Swift, knows no files or terminal.
        .target(name: "PlanCore"),
        // The records seam: the protocols the screens and commands reach a store through, and the values
        // both sides need. Imports only PlanCore.
        .target(name: "CaseRecords", dependencies: ["PlanCore"]),
        // The file-based store.
        .target(name: "PlanStore", dependencies: ["PlanCore", "CaseRecords", "CLibcrypto"]),
        // The PostgreSQL store behind the same seam, through the system's libpq (Debian's libpq-dev for
        // its header), loaded when a database is named: a data folder's process never loads it.
        .target(name: "PlanPostgres", dependencies: ["PlanCore", "CaseRecords", "CLibpq"]),
        .target(name: "CLibpq", linkerSettings: [.linkedLibrary("dl")]),
        // SHA-256 and HMAC from the system's libcrypto (Debian's libssl-dev), used only by PlanStore's Digest.
        .systemLibrary(name: "CLibcrypto", providers: [.apt(["libssl-dev"])]),
        // The domain-free terminal toolkit.
        .target(name: "TerminalKit"),
        // The one place that talks to ncursesw.
        // No pkgConfig: its cflags (-D_DEFAULT_SOURCE, -D_XOPEN_SOURCE=600) are prohibited flags that
        // SwiftPM warns about and drops; shim.h defines what the wide-character API needs itself.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "CCrashGuard", "TerminalKit"]),
        // A trap gives the terminal back and ends the process; no interactive debugger takes over.
        .target(name: "CCrashGuard"),
        // Screens and their state.
        .target(name: "EnplanApp", dependencies: ["PlanCore", "CaseRecords", "TerminalKit"]),
        .executableTarget(name: "enplan", dependencies: [
            "PlanCore", "CaseRecords", "PlanStore", "PlanPostgres", "TerminalKit", "NcursesTerminal", "EnplanApp", "CCrashGuard",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "enplan-bench", dependencies: [
            "PlanCore", "CaseRecords", "PlanStore", "TerminalKit", "EnplanApp",
        ]),
        // Test helper: a second real process that saves the same citizen, for the store's concurrency tests.
        .executableTarget(name: "enplan-stress", dependencies: ["PlanCore", "CaseRecords", "PlanStore"]),
        .target(name: "CSpawn", path: "Tests/CSpawn"),
        .target(name: "TestSupport", dependencies: ["CSpawn", "PlanCore", "CaseRecords"], path: "Tests/TestSupport"),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore"]),
        .testTarget(
            name: "PlanStoreTests",
            dependencies: ["PlanCore", "CaseRecords", "PlanStore", "PlanPostgres", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TestSupport"]),
        .testTarget(
            name: "EnplanAppTests",
            dependencies: ["EnplanApp", "PlanCore", "CaseRecords", "PlanStore", "TerminalKit", "TestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["PlanCore", "CaseRecords", "PlanStore", "TestSupport"]),
    ]
)
