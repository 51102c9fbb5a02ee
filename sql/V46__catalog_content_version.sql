-- The catalog's content version (issue 14 and 15): one row, raised in the transaction of every change to content
-- (the authoring feature's ContentChanged event). Each node caches the row in EclipseLink's shared cache, and Payara's
-- cache coordination (over its Hazelcast data grid) invalidates that cached row on every other node when it changes:
-- a node whose cached row is gone drops its snapshot of published content and reads the content afresh.
CREATE TABLE content_version (
    id     INTEGER PRIMARY KEY,
    number BIGINT  NOT NULL,
    CONSTRAINT content_version_one_ck CHECK (id = 1)
);
INSERT INTO content_version (id, number) VALUES (1, 0);
