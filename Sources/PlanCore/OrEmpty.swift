/// A collection field added in a later document format: a document written before it existed has
/// no such key, and reads as empty instead of failing to decode.
@propertyWrapper
public struct OrEmpty<Value: Codable & Equatable & Sendable & RangeReplaceableCollection>: Codable, Equatable, Sendable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

    public init(from decoder: Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode(Value.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    public func decode<Value>(_ type: OrEmpty<Value>.Type, forKey key: Key) throws -> OrEmpty<Value> {
        try decodeIfPresent(type, forKey: key) ?? OrEmpty(wrappedValue: Value())
    }
}
