-- Orleans ADO.NET providers: the query table.
-- Every Orleans ADO.NET provider loads its SQL from this table by key (`SELECT QueryKey, QueryText FROM OrleansQuery`,
-- unquoted, so the names must be lower case here). The clustering, persistence and reminder files add their rows.
-- Idempotent: re-running the file changes nothing.

CREATE TABLE IF NOT EXISTS orleansquery (
    querykey  varchar(64) NOT NULL,
    querytext text        NOT NULL,
    CONSTRAINT orleansquery_key PRIMARY KEY (querykey)
);
