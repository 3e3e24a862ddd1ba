import CaseRecords
/// The database's tables and rules, owned by enplan: versioned migrations, each applied once and in
/// order inside one transaction (`enplan init` creates or upgrades; a second run has nothing to do).
enum Schema {
    /// The migrations in order; the schema's version is how many have been applied.
    static let migrations: [String] = [
        """
        CREATE EXTENSION IF NOT EXISTS pgcrypto;
        CREATE SCHEMA enplan;
        CREATE TABLE enplan.schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now());
        -- The key of the CPR digests: a second citizen with the same number is found without keeping the number.
        CREATE TABLE enplan.secret (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), cpr_key bytea NOT NULL);
        INSERT INTO enplan.secret (cpr_key) VALUES (gen_random_bytes(32));
        CREATE FUNCTION enplan.cpr_digest(digits text) RETURNS text LANGUAGE sql STABLE
            AS $$ SELECT encode(hmac(convert_to(digits, 'UTF8'), (SELECT cpr_key FROM enplan.secret), 'sha256'), 'hex') $$;
        CREATE TABLE enplan.team (
            name text PRIMARY KEY, full_name text NOT NULL DEFAULT '', phone text NOT NULL DEFAULT '',
            role text NOT NULL CHECK (role IN ('coordinator', 'supervisor')),
            key text NOT NULL DEFAULT '', fingerprint text NOT NULL DEFAULT '');
        -- One plan per citizen as a document with its revision: a save is one UPDATE of the revision it read.
        CREATE TABLE enplan.citizens (
            id text PRIMARY KEY,
            revision integer NOT NULL CHECK (revision >= 1),
            coordinator text NOT NULL,
            cpr_digest text UNIQUE,
            updated_by text NOT NULL,
            document jsonb NOT NULL);
        CREATE INDEX citizens_by_coordinator ON enplan.citizens (coordinator);
        -- One row per change, as the audit trail words it.
        CREATE TABLE enplan.changes (
            citizen text NOT NULL, revision integer NOT NULL, by_person text NOT NULL,
            at timestamptz NOT NULL DEFAULT clock_timestamp(), detail text NOT NULL,
            PRIMARY KEY (citizen, revision));
        -- The audit trail: every row hash-chained to the one before, none ever changed or removed.
        CREATE TABLE enplan.audit (
            seq bigint PRIMARY KEY, at text NOT NULL, db_role text NOT NULL,
            person text NOT NULL, uid bigint NOT NULL, role text NOT NULL, action text NOT NULL,
            citizen text, revision_before integer, revision_after integer, query text, detail text,
            ssh text, key text, sha256 text, prev text NOT NULL, hash text NOT NULL);
        CREATE INDEX audit_by_citizen ON enplan.audit (citizen);
        CREATE TABLE enplan.audit_head (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), seq bigint NOT NULL, hash text NOT NULL);
        INSERT INTO enplan.audit_head VALUES (true, 0, 'genesis');
        -- Each field length-prefixed (NULL as '-'): no two rows' fields run together into the same text.
        CREATE FUNCTION enplan.field(t text) RETURNS text LANGUAGE sql IMMUTABLE
            AS $$ SELECT coalesce(length(t)::text || ':' || t, '-') $$;
        CREATE FUNCTION enplan.audit_hash(a enplan.audit) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT encode(sha256(convert_to(concat(enplan.field(a.prev), enplan.field(a.seq::text), enplan.field(a.at),
                enplan.field(a.db_role), enplan.field(a.person), enplan.field(a.uid::text), enplan.field(a.role),
                enplan.field(a.action), enplan.field(a.citizen), enplan.field(a.revision_before::text),
                enplan.field(a.revision_after::text), enplan.field(a.query), enplan.field(a.detail), enplan.field(a.ssh),
                enplan.field(a.key), enplan.field(a.sha256)), 'UTF8')), 'hex') $$;
        CREATE FUNCTION enplan.audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE head enplan.audit_head;
        BEGIN
            -- One writer at a time takes the head: the chain has no forks.
            SELECT * INTO head FROM enplan.audit_head FOR UPDATE;
            NEW.seq := head.seq + 1;
            NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
            NEW.db_role := session_user;
            NEW.prev := head.hash;
            NEW.hash := enplan.audit_hash(NEW);
            UPDATE enplan.audit_head SET seq = NEW.seq, hash = NEW.hash;
            RETURN NEW;
        END $$;
        CREATE TRIGGER audit_chain BEFORE INSERT ON enplan.audit FOR EACH ROW EXECUTE FUNCTION enplan.audit_chain();
        CREATE FUNCTION enplan.audit_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail cannot be changed or removed' USING ERRCODE = '42501';
        END $$;
        CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON enplan.audit
            FOR EACH ROW EXECUTE FUNCTION enplan.audit_unchangeable();
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON enplan.audit
            FOR EACH STATEMENT EXECUTE FUNCTION enplan.audit_unchangeable();
        """,
    ]

    static var currentVersion: Int { migrations.count }

    /// The version of the schema in the database; 0 when enplan has none there yet.
    static func version(_ db: Connection) throws(StoreError) -> Int {
        let exists = try db.execute("SELECT to_regclass('enplan.schema_version') IS NOT NULL")
        guard exists.first?.first == "t" else { return 0 }
        return Int(try db.execute("SELECT coalesce(max(version), 0) FROM enplan.schema_version").first?.first.flatMap { $0 } ?? "0") ?? 0
    }

    /// Applies what is missing in one transaction (all or nothing), under a lock so that two `init`s
    /// at once apply each migration once. Returns the versions before and after.
    static func upgrade(_ db: Connection) throws(StoreError) -> (from: Int, to: Int) {
        try db.transaction { () throws(StoreError) in
            try db.execute("SELECT pg_advisory_xact_lock(73032016)")
            let from = try version(db)
            guard from <= currentVersion else { throw .newerFormat(path: db.place, version: from) }
            for (index, sql) in migrations.enumerated() where index >= from {
                try db.run(script: sql)
                try db.execute("INSERT INTO enplan.schema_version (version) VALUES ($1)", [String(index + 1)])
            }
            return (from, currentVersion)
        }
    }
}
