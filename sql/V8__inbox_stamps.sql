-- What the nightly job last knew of each inbox file it hashed: the file system's stamp of the file
-- (device, inode, size, modification and status-change times, to the nanosecond) and the SHA-256
-- of its bytes at that stamp. A night with nothing new used to read and hash every file of the
-- inbox again (141 MB a million people; a province's share, gigabytes) to find each one unchanged;
-- while the stamp is the same the bytes are, so the hash is taken from here and the file is not
-- read (org.dangstat.consolidation.ContentHashes says when a stamp is trusted). A cache only: the
-- unchanged test is still by name and content hash (submission-format.md §1), every file that is
-- loaded is hashed again as it is copied into the archive, and an emptied table costs one hashing
-- of the inbox, nothing else. One row per path ever hashed, replaced when the file changes.
create table warehouse.inbox_stamp (
  path         varchar(1000) primary key,  -- absolute, as the job reached it; a longer one is not stamped
  stamp        varchar(200)  not null,     -- dev:inode:size:mtime:ctime (FileStamp)
  content_hash char(64)      not null,
  recorded_at  timestamptz   not null
);
