package casework

import (
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Municipality names a municipality by code and name as the register has it on day on,
// "1804 Bodø", or by code alone if the register does not know it that day.
func Municipality(reg *lnet.Register, code lnet.MunicipalityCode, on date.Date) string {
	m, err := reg.MunicipalityOn(code, on)
	if err != nil {
		return code.String()
	}
	return m.Code.String() + " " + m.Name
}

// Municipalities names the municipalities codes, separated by commas.
func Municipalities(reg *lnet.Register, codes []lnet.MunicipalityCode, on date.Date) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = Municipality(reg, c, on)
	}
	return strings.Join(names, ", ")
}
