package org.dangstat.support;

import static org.dangstat.support.Township.id;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small township whose every indicator was counted by hand (AnalyzeJobTest says what each
 * person is for), and its plan for 2026.
 */
public final class HandCountedTownship {

  private HandCountedTownship() {}

  public static void write(Township township, Path plan) throws IOException {
    township.branchFile("TS-001_2026Q4.csv", List.of(
        id("19700101", 1) + ",王一,男,汉族,高中,工人,是,,,,,,,1998.07,1999.07,,,,",        // member
        id("19911231", 2) + ",李二,女,汉族,大学本科,管理人员,否,,,,,,,2012.07,2013.07,,,,", // 35 on D: ≤35
        id("19901231", 4) + ",张三,女,汉族,高中,工人,是,,,,,,,2010.05,2011.05,,,,",        // 36 on D
        id("19900221", 6) + ",陈四,女,汉族,大学本科,专业技术人员,是,2024-03-01,2024-09-01,2025-10-01,是,甲、乙,甲、乙,2026-02-20,,,,,", // new, 35 when admitted
        id("19900301", 3) + ",赵五,男,汉族,初中,农牧渔民,否,2024-03-01,2024-09-01,2025-10-01,否,甲、乙,甲、乙,2026-03-01,,,,,", // new, 36 when admitted
        id("19400220", 5) + ",钱六,男,汉族,小学,离退休人员,否,,,,,,,1965.03,1966.03,,2026-05-03,死亡,",   // left: death
        id("19800101", 7) + ",孙七,男,汉族,初中,工人,否,,,,,,,2010.06,2011.06,2026-03-01,,,",            // transferred in
        id("19980402", 9) + ",周八,男,汉族,大学本科,学生,否,2025-10-01,2026-04-01,,是,甲,,,,,,,",          // activist at 27, 推优
        id("19970501", 11) + ",吴九,男,汉族,大学本科,工人,是,2025-10-01,2026-05-01,,,甲,,,,,,,",          // activist on 29th birthday
        id("19950505", 13) + ",郑十,男,汉族,高中,工人,是,2024-03-01,2024-09-01,2025-10-01,是,甲,,,,,,,",  // candidate
        id("20000606", 15) + ",冯一一,男,汉族,高中,工人,是,2026-06-01,,,,,,,,,,,",                       // applicant
        id("20010707", 17) + ",陈一二,男,汉族,高中,工人,是,2026-01-05,,,,,,,,,2026-07-01,取消资格,"));   // applicant, left
    township.branchFile("TS-002_2026Q4.csv", List.of(
        id("19850808", 20) + ",褚一三,女,回族,大专,管理人员,否,,,,,,,2008.07,2009.07,,,,",
        id("20030909", 19) + ",卫一四,男,汉族,大学本科,学生,否,2024-03-01,2024-09-01,2025-10-01,是,甲、乙,甲、乙,2026-06-30,,,,,"));
    township.branchFile("TS-003_2026Q4.csv", List.of(
        id("19751010", 21) + ",蒋一五,男,汉族,中专,工人,是,,,,,,,2001.07,2002.07,,,,",
        id("19951111", 22) + ",沈一六,女,汉族,大学本科,工人,是,2024-03-01,2024-09-01,2025-10-01,是,甲、乙,甲,2026-09-01,,,,,")); // one introducer
    Files.writeString(plan, """
        year: 2026
        org: TS
        planned_new: 4
        tolerance: 0.05
        targets:
          new_female_share: {min: 0.30}
          new_under35_share: {approx: 0.50}
          activist_candidate_ratio: {min: 3.0}
          net_growth_rate: {max: 0.70}
        branches:
          TS-001: 1
          TS-002: 1
          TS-003: 2
        """);
    }
}
