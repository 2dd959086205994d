-- Orleans ADO.NET grain persistence on PostgreSQL, for Microsoft.Orleans.Persistence.AdoNet 10.4.2.
-- Written from the contract in shared/specs/orleans-adonet-postgres.md (§3); not copied from upstream Orleans scripts.
--
-- One row per (service, grain key, state name). The two hashes are only index helpers (collisions are expected), so
-- every query also matches the full identity, comparing the key extension null-safely. A UNIQUE index over the full
-- identity (NULLS NOT DISTINCT, PostgreSQL 15+) makes concurrent first writes of one grain safe: exactly one wins.
-- The integer `version` is the ETag; writes return the new version, or no row when the ETag does not match, which
-- Orleans turns into an InconsistentStateException.
--
-- Requires 0001_orleans_query_table.sql. Idempotent: objects are created only if absent and the query rows are upserted.

CREATE TABLE IF NOT EXISTS orleansstorage (
    grainidhash            integer     NOT NULL,
    grainidn0              bigint      NOT NULL,
    grainidn1              bigint      NOT NULL,
    graintypehash          integer     NOT NULL,
    graintypestring        text        NOT NULL,
    grainidextensionstring text        NULL,
    serviceid              text        NOT NULL,
    payloadbinary          bytea       NULL,
    modifiedon             timestamptz NOT NULL DEFAULT now(),
    version                integer     NULL
);

-- Lookup and uniqueness in one index: hashes first (selective, small), then the full identity. The extension (the whole
-- key for string-keyed grains, so unbounded in length) is indexed through md5() to stay far below the btree entry limit
-- (~2.7 kB); queries still compare the full text. NULLS NOT DISTINCT makes a NULL extension (Guid or integer key without
-- extension) one value, so a grain can never get a second row, while NULL and '' stay different.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_identity
    ON orleansstorage (grainidhash, graintypehash, serviceid, grainidn0, grainidn1, graintypestring, md5(grainidextensionstring))
    NULLS NOT DISTINCT;

INSERT INTO orleansquery (querykey, querytext) VALUES

-- 0 or 1 row: the payload (NULL once cleared) and the version (the ETag).
('ReadFromStorageKey', $sql$
SELECT payloadbinary, version
FROM orleansstorage
WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
  AND serviceid = @ServiceId
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
$sql$),

-- @GrainStateVersion NULL: insert with version 1 unless the grain already has a row.
-- Otherwise: update only where version = @GrainStateVersion, and increment it.
-- Returns one row with the new version on success, no row on a conflict (one statement, so atomic).
('WriteToStorageKey', $sql$
WITH updated AS (
    UPDATE orleansstorage
    SET payloadbinary = @PayloadBinary, modifiedon = now(), version = version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
      AND serviceid = @ServiceId
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
      AND graintypestring = @GrainTypeString
      AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO orleansstorage
        (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid,
         payloadbinary, modifiedon, version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId,
           @PayloadBinary, now(), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS newgrainstateversion FROM updated
UNION ALL
SELECT version AS newgrainstateversion FROM inserted
$sql$),

-- Clears the payload but keeps the row, where the version still matches; returns the new version (no row on conflict).
('ClearStorageKey', $sql$
UPDATE orleansstorage
SET payloadbinary = NULL, modifiedon = now(), version = version + 1
WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
  AND serviceid = @ServiceId
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version AS newgrainstateversion
$sql$),

-- DeleteStateOnClear = true: deletes the row where the version still matches. Returns old version + 1 (any value other
-- than @GrainStateVersion means success; Orleans then forgets the ETag so the next write inserts). No row on conflict.
('DeleteStorageKey', $sql$
DELETE FROM orleansstorage
WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
  AND serviceid = @ServiceId
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version + 1 AS newgrainstateversion
$sql$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
