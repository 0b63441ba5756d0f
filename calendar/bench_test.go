package calendar

import (
	"bytes"
	"github.com/rickb777/date/v2"
	"testing"
	"time"
)

func BenchmarkIsWorkingDay(b *testing.B) {
	w := Workdays{Off: AllEves}
	d := day(2019, time.January, 1)
	for i := 0; b.Loop(); i++ {
		w.IsWorkingDay(d + date.Date(i%3650))
	}
}

func BenchmarkWorkingDaysBetweenTenYears(b *testing.B) {
	from, to := day(2018, time.January, 1), day(2028, time.January, 1)
	for b.Loop() {
		_, _ = Statutory().WorkingDaysBetween(from, to)
	}
}

func BenchmarkResolve(b *testing.B) {
	d := Deadline{Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2019, time.April, 18), Rule: RuleNextWorkingDay}
	for b.Loop() {
		_, _ = d.Resolve()
	}
}

func BenchmarkPlanYear(b *testing.B) {
	r := nordlandRules()
	for b.Loop() {
		_, _ = PlanYear(r)
	}
}

func BenchmarkWriteICS(b *testing.B) {
	s, _ := PlanYear(nordlandRules())
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		_ = WriteICS(&buf, s, ICSOptions{})
	}
}
