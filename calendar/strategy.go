package calendar

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// StrategyPeriod returns the period of the learning networks under the directorate's
// competence strategy (kompetansestrategien): the networks were established in 2018 and last
// at least to 31 December 2024. Dates outside it are allowed; [Schedule.Check] reports a date
// before it as a warning and a date after it as information (no later period is in the
// sources, and "at least" does not make 2025 wrong).
func StrategyPeriod() lnet.Period {
	return lnet.Period{Start: date.New(2018, time.January, 1), End: date.New(2024, time.December, 31)}
}

// InStrategyPeriod reports whether d lies in the [StrategyPeriod].
func InStrategyPeriod(d date.Date) bool { return StrategyPeriod().Contains(d) }
