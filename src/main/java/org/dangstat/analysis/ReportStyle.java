package org.dangstat.analysis;

/** The report's style sheet: plain, readable on screen, A4 when printed. */
final class ReportStyle {

  static final String CSS = """
      body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;
        max-width:1100px;margin:24px auto;padding:0 16px;color:#222;line-height:1.6}
      h1{font-size:24px;border-bottom:3px solid #c00;padding-bottom:8px}
      h2{font-size:19px;margin-top:28px;border-left:5px solid #c00;padding-left:8px}
      .meta{color:#666;font-size:13px}
      .notice{background:#fff4e5;border:1px solid #f0a020;padding:8px 12px}
      .cards{display:flex;flex-wrap:wrap;gap:12px}
      .card{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:150px}
      .card b{display:block;font-size:24px}
      table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
      th,td{border:1px solid #ccc;padding:4px 6px;text-align:left}
      th{background:#f3f3f3}
      td.num{text-align:right}
      .code{white-space:nowrap}
      .met{background:#e3f4e3}.near{background:#fff1cc}.missed{background:#fbdcdc}.over{background:#eadcf5}
      .charts figure{display:inline-block;width:48%;margin:0 1% 12px 0;vertical-align:top}
      .charts img{width:100%;border:1px solid #eee}
      figcaption{font-size:13px;text-align:center;color:#444}
      @media print{body{max-width:none;margin:0}h2{page-break-after:avoid}
        .charts figure{page-break-inside:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid}}
      @page{size:A4;margin:15mm}
      """;

  private ReportStyle() {}
}
