-- A room's message counter moves to its own table, so posting a message no longer writes the
-- room row (what was read from rooms stays valid in the gateway's caches). See RoomSequence.
create table room_sequence (
    room_id  bigint not null primary key references room (id) on delete cascade,
    last_seq bigint not null
);

insert into room_sequence (room_id, last_seq) select id, last_seq from room where last_seq > 0;

alter table room drop column last_seq;
