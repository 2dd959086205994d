-- Orleans ADO.NET reminders on PostgreSQL, for Microsoft.Orleans.Reminders.AdoNet 10.4.2.
-- Written from the contract in shared/specs/orleans-adonet-postgres.md (§4); not copied from upstream Orleans scripts.
--
-- One row per (service, grain, reminder name). grainid is GrainId.ToString() and is parsed back by Orleans, so it is
-- stored verbatim and compared byte-wise (COLLATE "C": deterministic and case-sensitive). grainhash is the grain's
-- uniform hash (uint) bound as a SIGNED int and must stay signed: the range keys compare it signed. period is in
-- milliseconds and may exceed int32 (bigint). version is the ETag: 0 on insert, +1 on every upsert.
--
-- Requires 0001_orleans_query_table.sql. Idempotent: objects are created only if absent and the query rows are upserted.

CREATE TABLE IF NOT EXISTS orleansreminderstable (
    serviceid    text COLLATE "C" NOT NULL,
    grainid      text COLLATE "C" NOT NULL,
    remindername text COLLATE "C" NOT NULL,
    starttime    timestamptz      NOT NULL,
    period       bigint           NOT NULL,
    grainhash    integer          NOT NULL,
    version      integer          NOT NULL,
    CONSTRAINT pk_reminderstable_serviceid_grainid_remindername PRIMARY KEY (serviceid, grainid, remindername)
);

-- The ring-range reads filter on (serviceid, grainhash).
CREATE INDEX IF NOT EXISTS ix_orleansreminderstable_serviceid_grainhash
    ON orleansreminderstable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES

-- Atomic upsert: a new reminder gets version 0, an existing one is replaced and its version incremented. The row lock
-- taken by ON CONFLICT serialises concurrent upserts, so each gets a distinct version. Always returns one row.
('UpsertReminderRowKey', $sql$
INSERT INTO orleansreminderstable AS r (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = EXCLUDED.starttime,
    period    = EXCLUDED.period,
    grainhash = EXCLUDED.grainhash,
    version   = r.version + 1
RETURNING r.version
$sql$),

-- All reminders of one grain.
('ReadReminderRowsKey', $sql$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainid = @GrainId
$sql$),

-- One reminder (0 or 1 row).
('ReadReminderRowKey', $sql$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
$sql$),

-- Ring range (Begin, End] that does not wrap: Orleans uses it when (int)Begin < (int)End.
('ReadRangeRows1Key', $sql$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash
$sql$),

-- Ring range (Begin, End] that wraps past int.MaxValue: used when (int)Begin >= (int)End; (0, 0) is the whole ring.
('ReadRangeRows2Key', $sql$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)
$sql$),

-- Deletes the reminder only if its version is still @Version. Always returns one row: 1 if deleted, 0 otherwise.
('DeleteReminderRowKey', $sql$
WITH deleted AS (
    DELETE FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName AND version = @Version
    RETURNING 1
)
SELECT count(*)::integer AS deleted FROM deleted
$sql$),

-- Deletes every reminder of the service (only IReminderTable.TestOnlyClearTable uses it).
('DeleteReminderRowsKey', $sql$
DELETE FROM orleansreminderstable
WHERE serviceid = @ServiceId
$sql$)

ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
