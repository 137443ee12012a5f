package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.ID_KEY;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.io.IOException;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure people are hashed with the warehouse's own key. The warehouse records the key's
 * fingerprint the first time; from then on a run with another key, or with no key where the
 * warehouse already has people, is refused with a message saying how to bring the key
 * ({@code dangstat key import}). A new key is kept (written to the data folder) only for a
 * warehouse that has no people yet: never silently regenerated.
 */
@Component
public class IdKeyGuard {

  /** The run must not go on: the message says why and what to do. */
  public static final class KeyRefused extends RuntimeException {
    KeyRefused(String message) {
      super(message);
    }
  }

  private final DSLContext dsl;

  IdKeyGuard(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * A remote worker's check, read-only: the warehouse must already record {@code key} (the manager
   * settles it on its first run; a worker never keeps a key of its own).
   */
  public void verify(byte[] key) {
    String stored = dsl.select(ID_KEY.FINGERPRINT).from(ID_KEY).fetchOne(ID_KEY.FINGERPRINT);
    if (stored == null) {
      throw new KeyRefused("数据库尚未记录身份证号哈希密钥：请先运行一次管理进程 consolidate --broker（KEY_NOT_SETTLED: "
          + "start the manager once before the workers; it migrates the schema and records the key）");
    }
    if (!stored.equals(IdHasher.fingerprint(key))) {
      throw new KeyRefused("工作进程的身份证号哈希密钥与数据库记录的不一致（KEY_MISMATCH: give every worker the manager's key, "
          + IdHasher.KEY_ENV + " or a copy of its id-hash.key in --data）");
    }
  }

  /** Checks {@code key} (as {@link IdHasher#loadKey} gave it) against the warehouse; keeps it if new. */
  @Transactional
  public void settle(Path dataDir, byte[] key) throws IOException {
    String fingerprint = IdHasher.fingerprint(key);
    boolean configured = IdHasher.isConfigured(dataDir);
    String stored = dsl.select(ID_KEY.FINGERPRINT).from(ID_KEY).forUpdate().fetchOne(ID_KEY.FINGERPRINT);
    if (stored != null) {
      if (!configured) {
        throw new KeyRefused("数据库已有人员，其身份证号哈希密钥不在 " + IdKeyFile.in(dataDir)
            + "（KEY_REQUIRED: the warehouse was filled with a person-hash key this data folder does not have; "
            + "bring it with `dangstat key import FILE --data " + dataDir + "` or set " + IdHasher.KEY_ENV + "）");
      }
      if (!stored.equals(fingerprint)) {
        throw new KeyRefused("身份证号哈希密钥与数据库中已有人员所用的密钥不一致（KEY_MISMATCH: the person-hash key of "
            + (System.getenv(IdHasher.KEY_ENV) != null ? IdHasher.KEY_ENV : IdKeyFile.in(dataDir).toString())
            + " is not the one the warehouse's people were hashed with; with it the same people would count twice）");
      }
      return;
    }
    if (!configured) {
      if (dsl.fetchExists(PERSON_SNAPSHOT)) {
        throw new KeyRefused("数据库已有人员，但找不到当初使用的身份证号哈希密钥（KEY_REQUIRED: the warehouse has people "
            + "and records no key; bring the key they were hashed with: `dangstat key import FILE --data " + dataDir
            + "` or " + IdHasher.KEY_ENV + "）");
      }
      IdKeyFile.write(IdKeyFile.in(dataDir), key, false);
    }
    dsl.insertInto(ID_KEY).set(ID_KEY.FINGERPRINT, fingerprint).execute();
  }
}
