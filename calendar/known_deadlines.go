package calendar

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// KnownApplicationDeadlines returns the application deadlines (søknadsfrister) published by
// governor offices that the SDK's sources record, as fixed deadlines with their source, sorted
// by date. It is test material and a starting point, not a register: an office's deadline for
// a year must be taken from its own call for applications.
func KnownApplicationDeadlines() []Deadline {
	type row struct {
		office  lnet.OfficeID
		schemes []lnet.Scheme
		year    int
		due     date.Date
		source  string
	}
	si, fh := lnet.SchemeSelfInitiated, lnet.SchemeFosterHome
	both := []lnet.Scheme{si, fh}
	rows := []row{
		{"hordaland", []lnet.Scheme{si}, 2018, date.New(2018, time.November, 1), "Fylkesmannen i Hordaland, referat fra læringsnettverkssamling 13. september 2018"},
		{"rogaland", []lnet.Scheme{fh}, 2019, date.New(2019, time.November, 1), "Fylkesmannen i Rogaland, utlysning av fosterhjemsmidler, november 2019"},
		{"nordland", both, 2019, date.New(2019, time.November, 13), "Fylkesmannen i Nordland, utlysning 2019"},
		{"innlandet", both, 2020, date.New(2020, time.October, 1), "Fylkesmannen i Innlandet, utlysning 2020"},
		{"vestland", both, 2021, date.New(2021, time.June, 1), "Statsforvalteren i Vestland, utlysning 2021"},
		{"innlandet", both, 2022, date.New(2021, time.August, 1), "Statsforvalteren i Innlandet, artikkel mai 2021"},
		{"vestland", both, 2022, date.New(2022, time.June, 1), "Statsforvalteren i Vestland, utlysning 2022"},
		{"troms-og-finnmark", both, 2022, date.New(2022, time.June, 30), "Statsforvalteren i Troms og Finnmark, utlysning 2022"},
	}
	var out []Deadline
	for _, r := range rows {
		for _, s := range r.schemes {
			d := ApplicationDeadline(r.office, s, r.year, r.due)
			d.Source = r.source
			out = append(out, d)
		}
	}
	return out
}
