-- The person-hash key's fingerprint (issue 10): the warehouse knows which key its person_key
-- values were made with, so a run with another key (another folder, another machine, a lost
-- data/ folder) is refused instead of silently making every person new. Only an HMAC of a fixed
-- text under the key is kept, never the key: whoever reads the warehouse still cannot test a
-- guessed 身份证号 against person_key.
create table warehouse.id_key (
  id           smallint    primary key default 1,
  fingerprint  char(64)    not null,  -- hex HMAC-SHA256(key, 'dangstat person key fingerprint v1')
  recorded_at  timestamptz not null default now(),
  constraint id_key_single check (id = 1)
);
