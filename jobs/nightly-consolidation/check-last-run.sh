#!/bin/sh
# Reads the summary of the last `dangstat consolidate --json FILE` and exits 1, saying why, when
# that run failed or rejected files; exit 0 otherwise (also for exit 3: another run held the lock
# and reports for itself). For cron (its output is mailed to MAILTO) and for systemd
# (ExecStartPost=: a failed unit triggers OnFailure=). Needs jq (apt-get install jq).
set -eu
json=${1:-/var/lib/dangstat/last-consolidation.json}
if [ ! -r "$json" ]; then
  echo "dangstat: 没有找到运行摘要 $json（NO_SUMMARY: did the job start?）"
  exit 1
fi
exit_code=$(jq -r '.exit_code' "$json")
case "$exit_code" in
  0|3) ;;
  *) echo "dangstat consolidate 运行失败 failed (exit $exit_code): $(jq -r '.failure // ""' "$json")"
     exit 1 ;;
esac
rejected=$(jq -r '.counts.rejected // 0' "$json")
if [ "$rejected" -gt 0 ]; then
  echo "dangstat: 本次有 $rejected 个文件被退回 rejected; 请把退回文件夹中的报告发回各支部 (returns: $(jq -r '.returns // ""' "$json")):"
  jq -r '.rejected_files[] | "  \(.file)  \(.errors) 个错误  \(.codes | keys | join(","))  → \(.report)"' "$json"
  exit 1
fi
