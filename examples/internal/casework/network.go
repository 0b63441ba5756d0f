package casework

import (
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// WriteNetworks writes each network in brief: its member services with the municipalities
// they cover (named as on day on), its leader, its competence partners and its projects.
func WriteNetworks(w *Writer, reg *lnet.Register, networks []lnet.Network, on date.Date) {
	for i, n := range networks {
		if i > 0 {
			w.Println()
		}
		w.Printf("  %s (%s)\n", n.Name, n.ID)
		w.Printf("    %d tjenester, %d kommuner (services, municipalities)\n", n.MemberCount(), n.MunicipalityCount())
		for _, m := range n.Members {
			w.Printf("      - %s: %s\n", m.Service.Name, Municipalities(reg, m.Service.Municipalities, on))
		}
		if n.Leader != nil {
			if m, ok := n.Member(n.Leader.Service); ok {
				w.Printf("    Leder (leader): %s, %s\n", n.Leader.Title, m.Service.Name)
			}
		} else {
			w.Println("    Leder (leader): ikke valgt (none chosen)")
		}
		var partners []string
		for _, p := range n.Partners {
			partners = append(partners, p.Name+" ("+p.Kind.Norwegian()+")")
		}
		if len(partners) > 0 {
			w.Printf("    Partnere: %s\n", strings.Join(partners, ", "))
		}
		for _, p := range n.Projects {
			w.Printf("    Prosjekt «%s» [%s]\n", p.Title, p.Scheme.Form())
		}
	}
}
