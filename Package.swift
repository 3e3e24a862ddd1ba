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
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // The domain: pure Swift, knows no files or terminal.
        .target(name: "PlanCore"),
        // The file-based store.
        .target(name: "PlanStore", dependencies: [
            "PlanCore",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The domain-free terminal toolkit.
        .target(name: "TerminalKit"),
        // The one place that talks to ncursesw.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalKit"]),
        // Screens and their state.
        .target(name: "EnplanApp", dependencies: ["PlanCore", "PlanStore", "TerminalKit"]),
        .executableTarget(name: "enplan", dependencies: [
            "PlanCore", "PlanStore", "TerminalKit", "NcursesTerminal", "EnplanApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "enplan-bench", dependencies: [
            "PlanCore", "PlanStore", "TerminalKit", "EnplanApp",
        ]),
        // Test helper: a second real process that saves the same citizen, for the store's concurrency tests.
        .executableTarget(name: "enplan-stress", dependencies: ["PlanCore", "PlanStore"]),
        .target(name: "CSpawn", path: "Tests/CSpawn"),
        .target(name: "TestSupport", dependencies: ["CSpawn"], path: "Tests/TestSupport"),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore"]),
        .testTarget(
            name: "PlanStoreTests",
            dependencies: ["PlanCore", "PlanStore", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TestSupport"]),
        .testTarget(
            name: "EnplanAppTests",
            dependencies: ["EnplanApp", "PlanCore", "PlanStore", "TerminalKit", "TestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["PlanCore", "PlanStore", "TestSupport"]),
    ]
)
