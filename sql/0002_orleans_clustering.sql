-- Orleans ADO.NET clustering (membership) on PostgreSQL, for Microsoft.Orleans.Clustering.AdoNet 10.4.2.
-- Written from the contract in shared/specs/orleans-adonet-postgres.md (§2); not copied from upstream Orleans scripts.
--
-- Concurrency: the integer `version` of the cluster's row in orleansmembershipversiontable is the table-wide ETag.
-- Orleans binds @Version = the version it READ; a successful insert/update must leave it at @Version + 1, a failed
-- one must change nothing. Each write is ONE statement of data-modifying CTEs (no functions, no exception handling):
--   1. lock the version row only if it still has version = @Version (FOR UPDATE; a waiter re-checks the row after
--      the concurrent writer commits, so a stale version finds nothing),
--   2. insert/update the member row only if step 1 found the row,
--   3. bump the version only if step 2 changed a row,
--   4. return the number of bumped rows (0 or 1) as the single boolean-ish column Orleans reads.
-- A statement is atomic, so there are no partial effects.
--
-- Requires 0001_orleans_query_table.sql. Idempotent: tables are created only if absent and the query rows are upserted.

CREATE TABLE IF NOT EXISTS orleansmembershipversiontable (
    deploymentid text        NOT NULL,
    timestamp    timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable_deploymentid PRIMARY KEY (deploymentid)
);

CREATE TABLE IF NOT EXISTS orleansmembershiptable (
    deploymentid text        NOT NULL,
    address      text        NOT NULL,
    port         integer     NOT NULL,
    generation   integer     NOT NULL,
    siloname     text        NOT NULL,
    hostname     text        NOT NULL,
    status       integer     NOT NULL,
    proxyport    integer     NOT NULL DEFAULT 0,
    suspecttimes text        NULL,
    starttime    timestamptz NOT NULL,
    iamalivetime timestamptz NOT NULL,
    CONSTRAINT pk_membershiptable_deploymentid PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_membershiptable_membershipversiontable_deploymentid
        FOREIGN KEY (deploymentid) REFERENCES orleansmembershipversiontable (deploymentid)
);

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Creates the cluster's version row (version 0) if absent; never fails, never changes an existing row.
-- Always returns exactly one row: 1 if inserted, 0 if it already existed.
('InsertMembershipVersionKey', $sql$
WITH inserted AS (
    INSERT INTO orleansmembershipversiontable (deploymentid)
    VALUES (@DeploymentId)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS inserted FROM inserted
$sql$),

-- Inserts a silo row if the table version is still @Version and the row does not exist yet, and bumps the version.
-- Note: Orleans binds no @SuspectTimes here.
('InsertMembershipKey', $sql$
WITH current_version AS (
    SELECT deploymentid
    FROM orleansmembershipversiontable
    WHERE deploymentid = @DeploymentId AND version = @Version
    FOR UPDATE
), inserted AS (
    INSERT INTO orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    SELECT deploymentid, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM current_version
    ON CONFLICT (deploymentid, address, port, generation) DO NOTHING
    RETURNING deploymentid
), bumped AS (
    UPDATE orleansmembershipversiontable AS v
    SET version = v.version + 1, timestamp = now()
    FROM inserted
    WHERE v.deploymentid = inserted.deploymentid
    RETURNING v.version
)
SELECT count(*)::integer AS succeeded FROM bumped
$sql$),

-- Updates status, suspicions and heartbeat of an existing silo row if the table version is still @Version, and bumps
-- the version. SiloName, HostName, ProxyPort and StartTime never change.
('UpdateMembershipKey', $sql$
WITH current_version AS (
    SELECT deploymentid
    FROM orleansmembershipversiontable
    WHERE deploymentid = @DeploymentId AND version = @Version
    FOR UPDATE
), updated AS (
    UPDATE orleansmembershiptable AS m
    SET status = @Status, suspecttimes = @SuspectTimes, iamalivetime = @IAmAliveTime
    FROM current_version
    WHERE m.deploymentid = current_version.deploymentid
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING m.deploymentid
), bumped AS (
    UPDATE orleansmembershipversiontable AS v
    SET version = v.version + 1, timestamp = now()
    FROM updated
    WHERE v.deploymentid = updated.deploymentid
    RETURNING v.version
)
SELECT count(*)::integer AS succeeded FROM bumped
$sql$),

-- Heartbeat: moves IAmAliveTime forward (never backwards) and leaves the table version alone.
('UpdateIAmAlivetimeKey', $sql$
UPDATE orleansmembershiptable
SET iamalivetime = greatest(iamalivetime, @IAmAliveTime)
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$sql$),

-- The version row LEFT JOINed to the one member: always at least one row (member columns NULL if absent).
('MembershipReadRowKey', $sql$
SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
       m.suspecttimes, m.starttime, m.iamalivetime, v.version
FROM orleansmembershipversiontable AS v
LEFT JOIN orleansmembershiptable AS m
       ON m.deploymentid = v.deploymentid
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deploymentid = @DeploymentId
$sql$),

-- The version row LEFT JOINed to every member of the cluster: always at least one row, all with the same version.
('MembershipReadAllKey', $sql$
SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
       m.suspecttimes, m.starttime, m.iamalivetime, v.version
FROM orleansmembershipversiontable AS v
LEFT JOIN orleansmembershiptable AS m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId
$sql$),

-- Removes the whole cluster: members first, then the version row (foreign-key order). Runs as one implicit transaction.
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;
$sql$),

-- Gateways for clients: members with the given status (Active = 3) that have a proxy (gateway) port.
('GatewaysQueryKey', $sql$
SELECT address, proxyport, generation
FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0
$sql$),

-- Bulk defunct-silo cleanup: deletes Dead (6) rows that started and last heartbeated before the cutoff.
-- Never touches the version row; idempotent. (Orleans 10.4.2 uses CleanupDefunctSiloEntryKey below instead while
-- that key exists; this one stays because all nine clustering keys are required.)
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId
  AND status = 6
  AND iamalivetime < @IAmAliveTime
  AND starttime < @IAmAliveTime
$sql$),

-- Per-row defunct-silo cleanup (optional key, Orleans 10.4.2): Orleans picks the candidates itself from ReadAll and
-- deletes each one only if it is still exactly the row it read (still Dead, same times and suspicions).
('CleanupDefunctSiloEntryKey', $sql$
DELETE FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
  AND status = 6
  AND starttime = @StartTime
  AND iamalivetime = @IAmAliveTime
  AND coalesce(suspecttimes, '') = coalesce(@SuspectTimes, '')
$sql$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
