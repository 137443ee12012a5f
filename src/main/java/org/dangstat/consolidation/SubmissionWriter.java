package org.dangstat.consolidation;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.warehouse.CopyRefusedException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes what was decided about each file of a chunk: loads snapshots, registers rejections,
 * archives the originals and writes the error reports, all in the chunk's transaction, so a killed
 * run leaves every file either fully in the warehouse or not at all.
 *
 * <p>The chunk goes in as one batch. Should PostgreSQL refuse the batch's COPY (a value no check
 * foresaw), the chunk goes back to a savepoint and its files go in one by one, each behind its
 * own savepoint: the file the COPY refuses is rejected, the others load as usual.
 */
class SubmissionWriter implements ItemWriter<TriagedFile> {

  private final DataSource dataSource;
  private final FileBatch batch;
  private final RunTally tally;
  private final FileStamps stamps;
  private final RunClock clock;

  SubmissionWriter(DataSource dataSource, FileBatch batch, RunTally tally, FileStamps stamps, RunClock clock) {
    this.dataSource = dataSource;
    this.batch = batch;
    this.tally = tally;
    this.stamps = stamps;
    this.clock = clock;
  }

  @Override
  public void write(Chunk<? extends TriagedFile> chunk) throws IOException, SQLException {
    List<TriagedFile> files = new ArrayList<>();
    Map<String, FileStamps.Recorded> learnt = new LinkedHashMap<>();
    for (TriagedFile c : chunk) {
      if (c.remember() != null) {
        learnt.put(c.remember().path(), new FileStamps.Recorded(c.remember().value(), c.hash()));
      }
      switch (c.action()) {
        case IGNORED -> tally.ignored(c.file().relativePath());
        case UNCHANGED -> tally.unchanged();
        case DONE_EARLIER -> tally.fileDone(0);
        case ORG_UNITS -> { } // the tree step has counted it
        case UNREADABLE -> tally.unreadable(c.file().relativePath(), c.fileIssue(), true);
        case REJECT, LOAD -> files.add(c);
      }
    }
    stamps.record(learnt, clock.now()); // with the chunk: a rolled back chunk has learnt nothing
    if (files.isEmpty()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    Savepoint beforeBatch = connection.setSavepoint();
    try {
      batch.load(files);
      connection.releaseSavepoint(beforeBatch);
    } catch (CopyRefusedException e) {
      connection.rollback(beforeBatch);
      for (TriagedFile c : files) {
        loadAlone(connection, c);
      }
    }
  }

  private void loadAlone(Connection connection, TriagedFile c) throws IOException, SQLException {
    Savepoint beforeFile = connection.setSavepoint();
    try {
      batch.load(List.of(c));
      connection.releaseSavepoint(beforeFile);
    } catch (CopyRefusedException e) {
      connection.rollback(beforeFile);
      var refused = new TriagedFile(c.file(), c.hash(), TriagedFile.Action.REJECT, c.name(),
          IssueCatalog.fileIssue("DB_REFUSED_ROWS", e.reason(), String.valueOf(e.sqlState())), null, c.archived());
      tally.note(c.file().relativePath() + "：数据库拒绝保存（DB_REFUSED_ROWS）：" + e.getMessage());
      batch.load(List.of(refused));
    }
  }
}
