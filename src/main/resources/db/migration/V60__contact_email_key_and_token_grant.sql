-- Issue 18, three additions (one file, so this branch claims one migration number):
--
-- 1. One contact per email per workspace (CommFlow's promise), case-insensitively, under
--    concurrency too. A contact that claims its email (Contact.claimEmail, done by ContactEmails
--    for CommFlow's writes) keeps email_key = lower(email); others (Teamfluence leads, fixtures)
--    leave it NULL, and NULLs never collide (distinct in a unique constraint on H2 and PostgreSQL
--    alike). Existing rows: only the oldest of each email group gets the key, so the constraint
--    can be created whatever the data.
alter table contact add column email_key varchar(320);

update contact c set email_key = lower(c.email)
 where c.email is not null
   and c.id = (select min(d.id) from contact d
                where d.workspace_id = c.workspace_id and lower(d.email) = lower(c.email));

alter table contact add constraint uk_contact_email_key unique (workspace_id, email_key);

-- 2. OAuth tokens remember the authorization code their chain was issued from, so that replaying
--    the code revokes them (RFC 6749 section 4.1.2). Codes are removed with their app and
--    workspace; a dangling id then matches nothing, so no foreign key is needed.
alter table credential add column grant_code_id bigint;
create index ix_credential_grant_code on credential (grant_code_id);

-- 3. Whether a flow or private conversation is open is each member's own tab state (Flowdock's
--    "open"), not the room's. NULL follows room.open, so existing data reads as before.
alter table room_member add column is_open boolean;
