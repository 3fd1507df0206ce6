-- PostgreSQL profile only: bucket4j's shared rate-limit buckets, so a limit holds across every
-- instance that shares this database. Not part of the H2 schema (buckets live in memory there).
create table rate_limit_bucket (
    id    varchar(300) primary key,
    state bytea
);
