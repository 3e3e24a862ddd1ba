import Testing
@testable import PlanCore

@Suite struct CPRNumberTests {
    @Test func acceptsRealBirthDatesWithOrWithoutDash() throws {
        let cpr = try CPRNumber("070761-4285")
        #expect(cpr.digits == "0707614285")
        #expect(cpr.formatted == "070761-4285")
        #expect(try CPRNumber("0707614285") == cpr)
        #expect(cpr.birthDate?.iso == "1961-07-07")
    }

    @Test func masksByDefault() throws {
        let cpr = try CPRNumber("070761-4285")
        #expect(cpr.masked == "070761-XXXX")
        #expect("\(cpr)" == "070761-XXXX")
    }

    @Test func centuryFollowsTheSeventhDigit() throws {
        #expect(try CPRNumber("010110-4000").birthDate?.year == 2010)
        #expect(try CPRNumber("010170-4000").birthDate?.year == 1970)
        #expect(try CPRNumber("010110-5000").birthDate?.year == 2010)
        #expect(try CPRNumber("010170-5000").birthDate?.year == 1870)
        #expect(try CPRNumber("010110-2000").birthDate?.year == 1910)
        #expect(try CPRNumber("010136-9000").birthDate?.year == 2036)
    }

    @Test func rejectsWrongFormats() {
        for text in ["", "12345", "070761-42855", "07076a-4285", "070761_4285x"] {
            #expect(throws: ValidationError.invalidCPR(text, reason: .format)) { try CPRNumber(text) }
        }
    }

    @Test func rejectsDatesThatDoNotExist() {
        #expect(throws: ValidationError.invalidCPR("310299-1234", reason: .noSuchBirthDate)) { try CPRNumber("310299-1234") }
        #expect(throws: ValidationError.invalidCPR("290201-1234", reason: .noSuchBirthDate)) { try CPRNumber("290201-1234") }
        #expect(throws: ValidationError.invalidCPR("001390-1234", reason: .noSuchBirthDate)) { try CPRNumber("001390-1234") }
        // 29 February 2000 exists (seventh digit 4 and year 00 means 2000).
        #expect((try? CPRNumber("290200-4123")) != nil)
    }

    @Test func errorMessagesNeverNeedTheModulusCheck() throws {
        // Issued since 2007 without modulus 11; must be accepted.
        #expect((try? CPRNumber("010190-1235")) != nil)
    }
}
