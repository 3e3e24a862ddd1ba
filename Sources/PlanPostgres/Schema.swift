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
        rolesAndFunctions,
        anchoring,
    ]

    static var currentVersion: Int { migrations.count }

    /// The version of the schema in the database; 0 when enplan has none there yet.
    static func version(_ db: Connection) throws(StoreError) -> Int {
        let found = try db.execute("SELECT to_regprocedure('enplan.version()') IS NOT NULL, to_regclass('enplan.schema_version') IS NOT NULL")
        let read: String
        if found.first?[0] == "t" {
            read = "SELECT enplan.version()"   // what a person's role may call
        } else if found.first?[1] == "t" {
            read = "SELECT coalesce(max(version), 0) FROM enplan.schema_version"   // version 1, before the functions
        } else {
            return 0
        }
        return Int(try db.execute(read).first?.first.flatMap { $0 } ?? "0") ?? 0
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

extension Schema {
    /// Version 2: the tables belong to a role that cannot log in, and people get no table privileges,
    /// only functions that do one thing each (a supervisor's group none that writes). Every function
    /// that returns personal data writes its audit row itself, in the same transaction: no row, no
    /// data. Who is acting comes from the connection's settings (`enplan.person`, …); the database
    /// role that really called is recorded beside it in every row.
    static let anchoring = """
        -- Which database this is, whatever the connection calls it: the anchors outside are kept by it.
        CREATE TABLE enplan.identity (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                                      id uuid NOT NULL DEFAULT gen_random_uuid());
        INSERT INTO enplan.identity DEFAULT VALUES;
        ALTER TABLE enplan.identity OWNER TO enplan_owner;
        CREATE FUNCTION enplan.audit_head() RETURNS TABLE (identity text, seq bigint, hash text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            SELECT (SELECT i.id::text FROM enplan.identity i), h.seq, h.hash FROM enplan.audit_head h $$;
        CREATE FUNCTION enplan.audit_hash_at(p_seq bigint) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            SELECT a.hash FROM enplan.audit a WHERE a.seq = p_seq $$;
        ALTER FUNCTION enplan.audit_head() OWNER TO enplan_owner;
        ALTER FUNCTION enplan.audit_hash_at(bigint) OWNER TO enplan_owner;
        REVOKE ALL ON FUNCTION enplan.audit_head(), enplan.audit_hash_at(bigint) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION enplan.audit_head(), enplan.audit_hash_at(bigint) TO enplan_coordinator, enplan_supervisor;
        """

    static let rolesAndFunctions = """
        -- Roles belong to the cluster: another database's init may make them at the same moment.
        DO $$ DECLARE r text;
        BEGIN
            FOREACH r IN ARRAY ARRAY['enplan_owner', 'enplan_coordinator', 'enplan_supervisor'] LOOP
                BEGIN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
            END LOOP;
        END $$;

        -- The schema's version, for a person's role, which cannot read the table.
        CREATE FUNCTION enplan.version() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = enplan, public, pg_temp AS $$ SELECT coalesce(max(version), 0) FROM enplan.schema_version $$;

        CREATE FUNCTION enplan.setting(name text) RETURNS text LANGUAGE sql STABLE
            AS $$ SELECT nullif(current_setting('enplan.' || name, true), '') $$;

        CREATE FUNCTION enplan.write_audit(p_action text, p_citizen text, p_before integer, p_after integer, p_query text,
                                           p_detail text, p_sha256 text) RETURNS void
            LANGUAGE sql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            INSERT INTO enplan.audit (person, uid, role, action, citizen, revision_before, revision_after, query, detail, ssh, key, sha256)
            VALUES (coalesce(enplan.setting('person'), session_user), coalesce(enplan.setting('uid'), '0')::bigint,
                    coalesce(enplan.setting('role'), 'supervisor'), p_action, p_citizen, p_before, p_after, p_query, p_detail,
                    enplan.setting('ssh'), enplan.setting('key'), p_sha256) $$;

        CREATE FUNCTION enplan.caseload(p_only text, p_detail text) RETURNS TABLE (id text, document text, cpr_digest text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
        DECLARE n integer;
        BEGIN
            SELECT count(*) INTO n FROM enplan.citizens c WHERE p_only IS NULL OR c.coordinator = p_only;
            PERFORM enplan.write_audit('list', NULL, NULL, NULL, NULL, replace(p_detail, '{count}', n::text), NULL);
            RETURN QUERY SELECT c.id, c.document::text, c.cpr_digest FROM enplan.citizens c
                WHERE p_only IS NULL OR c.coordinator = p_only ORDER BY c.id;
        END $$;

        CREATE FUNCTION enplan.search(p_query text, p_digits text) RETURNS TABLE (id text, document text, cpr_digest text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
        BEGIN
            PERFORM enplan.write_audit('search', NULL, NULL, NULL, p_query, NULL, NULL);
            RETURN QUERY SELECT c.id, c.document::text, c.cpr_digest FROM enplan.citizens c
                WHERE p_digits IS NULL OR c.cpr_digest = enplan.cpr_digest(p_digits) ORDER BY c.id;
        END $$;

        CREATE FUNCTION enplan.open_citizen(p_id text, p_purpose text, p_detail text) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
        DECLARE doc text; rev integer;
        BEGIN
            SELECT c.document::text, c.revision INTO doc, rev FROM enplan.citizens c WHERE c.id = p_id;
            IF doc IS NOT NULL THEN PERFORM enplan.write_audit(p_purpose, p_id, rev, NULL, NULL, p_detail, NULL); END IF;
            RETURN doc;
        END $$;

        -- The plan as it is, locked until the transaction ends, for a change; audited as a view to change it.
        CREATE FUNCTION enplan.read_for_change(p_id text) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
        DECLARE doc text; rev integer;
        BEGIN
            SELECT c.document::text, c.revision INTO doc, rev FROM enplan.citizens c WHERE c.id = p_id FOR UPDATE;
            IF doc IS NOT NULL THEN PERFORM enplan.write_audit('view', p_id, rev, NULL, NULL, 'to change it', NULL); END IF;
            RETURN doc;
        END $$;

        -- A save of the revision it read: false (nothing written) when that is no longer the revision.
        CREATE FUNCTION enplan.save_citizen(p_id text, p_expected integer, p_coordinator text, p_document text, p_detail text)
            RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
        BEGIN
            UPDATE enplan.citizens SET revision = p_expected + 1, coordinator = p_coordinator,
                updated_by = coalesce(enplan.setting('person'), session_user), document = p_document::jsonb
                WHERE id = p_id AND revision = p_expected;
            IF NOT FOUND THEN RETURN false; END IF;
            PERFORM enplan.write_audit('update', p_id, p_expected, p_expected + 1, NULL, p_detail, NULL);
            INSERT INTO enplan.changes (citizen, revision, by_person, detail)
                VALUES (p_id, p_expected + 1, coalesce(enplan.setting('person'), session_user), p_detail);
            -- Open dashboards show it at once: the payload is the id alone, never personal data.
            PERFORM pg_notify('enplan_changed', p_id);
            RETURN true;
        END $$;

        CREATE FUNCTION enplan.create_citizen(p_id text, p_coordinator text, p_digits text, p_document text, p_action text,
                                              p_detail text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
        BEGIN
            PERFORM enplan.write_audit(p_action, p_id, 0, 1, NULL, p_detail, NULL);
            INSERT INTO enplan.citizens (id, revision, coordinator, cpr_digest, updated_by, document)
                VALUES (p_id, 1, p_coordinator, CASE WHEN p_digits IS NULL THEN NULL ELSE enplan.cpr_digest(p_digits) END,
                        coalesce(enplan.setting('person'), session_user), p_document::jsonb);
            INSERT INTO enplan.changes (citizen, revision, by_person, detail)
                VALUES (p_id, 1, coalesce(enplan.setting('person'), session_user), coalesce(p_detail, p_action));
            PERFORM pg_notify('enplan_changed', p_id);
        END $$;

        -- Who already has this CPR number (to say so), or nothing.
        CREATE FUNCTION enplan.registered(p_digits text) RETURNS TABLE (id text, name text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            SELECT c.id, c.document->'citizen'->>'name' FROM enplan.citizens c WHERE c.cpr_digest = enplan.cpr_digest(p_digits) $$;

        CREATE FUNCTION enplan.revision_of(p_id text) RETURNS TABLE (revision integer, updated_by text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            SELECT c.revision, c.updated_by FROM enplan.citizens c WHERE c.id = p_id $$;

        CREATE FUNCTION enplan.audit_of(p_id text) RETURNS SETOF enplan.audit
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            SELECT * FROM enplan.audit a WHERE a.citizen = p_id ORDER BY a.seq $$;

        CREATE FUNCTION enplan.team_members() RETURNS SETOF enplan.team
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = enplan, public, pg_temp AS $$
            SELECT * FROM enplan.team ORDER BY name $$;

        ALTER SCHEMA enplan OWNER TO enplan_owner;
        ALTER TABLE enplan.schema_version OWNER TO enplan_owner;
        ALTER TABLE enplan.secret OWNER TO enplan_owner;
        ALTER TABLE enplan.team OWNER TO enplan_owner;
        ALTER TABLE enplan.citizens OWNER TO enplan_owner;
        ALTER TABLE enplan.changes OWNER TO enplan_owner;
        ALTER TABLE enplan.audit OWNER TO enplan_owner;
        ALTER TABLE enplan.audit_head OWNER TO enplan_owner;
        DO $$ DECLARE f regprocedure;
        BEGIN
            FOR f IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'enplan'::regnamespace LOOP
                EXECUTE format('ALTER FUNCTION %s OWNER TO enplan_owner', f);
                EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
            END LOOP;
        END $$;
        REVOKE ALL ON SCHEMA enplan FROM PUBLIC;
        GRANT USAGE ON SCHEMA enplan TO enplan_coordinator, enplan_supervisor;
        GRANT EXECUTE ON FUNCTION enplan.version(), enplan.setting(text), enplan.caseload(text, text), enplan.search(text, text),
            enplan.open_citizen(text, text, text), enplan.write_audit(text, text, integer, integer, text, text, text),
            enplan.registered(text), enplan.revision_of(text), enplan.audit_of(text), enplan.team_members()
            TO enplan_coordinator, enplan_supervisor;
        GRANT EXECUTE ON FUNCTION enplan.read_for_change(text), enplan.save_citizen(text, integer, text, text, text),
            enplan.create_citizen(text, text, text, text, text, text) TO enplan_coordinator;
        """
}
