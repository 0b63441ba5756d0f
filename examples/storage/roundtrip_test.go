package main

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// storedPart returns the parts of n that the tables hold (see the package documentation).
func storedPart(n lnet.Network) lnet.Network {
	n.Leader, n.SteeringGroup, n.Plan, n.Gatherings, n.Decisions = nil, nil, nil, nil, nil
	n.Contributors, n.ResourceGroup, n.Horizon = nil, nil, nil
	projects := make([]lnet.Project, len(n.Projects))
	for i, p := range n.Projects {
		p.Measure, p.Anchoring = "", nil
		p.Status, p.Group, p.Mandate, p.ProjectPlan = 0, nil, nil, nil
		projects[i] = p
	}
	if n.Projects == nil {
		projects = nil
	}
	n.Projects = projects
	return n
}

// fullNetwork is the Hordaland network with every field the tables hold set somewhere and
// left empty elsewhere: an inter-municipal service, join dates, representatives with and
// without a municipality and a ref, a project period, several aims, other municipal services.
// The extra values are test data, not facts from the sources.
func fullNetwork() lnet.Network {
	n := storedPart(seeds.Hordaland2018())
	joined := date.New(2018, 6, 7)
	n.Members[1].Service.Municipalities = []lnet.MunicipalityCode{seeds.Os, 1241} // Os and Fusa
	n.Members[1].Joined = &joined
	n.Members[1].Representatives = []lnet.Representative{
		{Ref: "os-leder", Role: lnet.RoleManagement, Title: "barnevernleder"},
		{Role: lnet.RoleStaff, Title: "saksbehandler", Municipality: 1241},
	}
	n.Members[2].Representatives = []lnet.Representative{{Role: lnet.RoleStaff}}
	n.Projects[0].Period = &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2019, 12, 31)}
	n.Projects[0].Aims = []lnet.Aim{lnet.AimQualityDevelopment, lnet.AimCompetence}
	n.Projects[0].Partners = []lnet.PartnerID{seeds.RKBUVest, seeds.HVL}
	n.Projects[2].OtherServices = []string{"helsestasjon", "PPT"}
	n.Projects = append(n.Projects, lnet.Project{
		ID: "fosterhjem", Scheme: lnet.SchemeFosterHome, Title: "Veiledning av fosterhjem", Host: seeds.Fjell,
	})
	return n
}

// requireSameJSON compares two values through their JSON form, which spells out every field
// (amounts as decimal strings, dates as YYYY-MM-DD, enumerations by id).
func requireSameJSON(t *testing.T, want, got any) {
	t.Helper()
	w, err := json.MarshalIndent(want, "", "  ")
	require.NoError(t, err)
	g, err := json.MarshalIndent(got, "", "  ")
	require.NoError(t, err)
	require.Equal(t, string(w), string(g))
}

// requireSameAmount checks an amount to the øre.
func requireSameAmount(t *testing.T, what string, want, got lnet.NOK) {
	t.Helper()
	require.True(t, want.Equal(got), "%s: want %s, got %s", what, want, got)
	require.Equal(t, want.Ore().String(), got.Ore().String(), "%s in øre", what)
}

func TestPostgresRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		name    string
		network lnet.Network
	}{
		{"hordaland2018", seeds.Hordaland2018()},
		{"every field", fullNetwork()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := openTestStore(t)
			ctx := context.Background()
			require.NoError(t, st.saveNetwork(ctx, tt.network))
			apps := hordalandApplications()
			for _, a := range apps {
				require.NoError(t, st.saveApplication(ctx, a))
			}
			grant := hordalandGrant()
			require.NoError(t, st.saveGrant(ctx, grant))

			gotNetwork, err := st.loadNetwork(ctx, tt.network.ID)
			require.NoError(t, err)
			requireSameJSON(t, storedPart(tt.network), gotNetwork)
			// Field by field where JSON could hide a difference: nil and empty lists, pointers.
			want := storedPart(tt.network)
			require.Equal(t, want.Established, gotNetwork.Established)
			for i := range want.Members {
				require.Equal(t, want.Members[i], gotNetwork.Members[i], "member %d", i)
			}
			require.Equal(t, want.Partners, gotNetwork.Partners)
			require.Equal(t, want.Projects, gotNetwork.Projects)

			gotApps, err := st.loadApplications(ctx, tt.network.ID)
			require.NoError(t, err)
			requireSameJSON(t, apps, gotApps)
			for i, a := range apps {
				g := gotApps[i]
				requireSameAmount(t, string(a.ID)+" requested", a.Requested, g.Requested)
				requireSameAmount(t, string(a.ID)+" total cost", a.TotalCost, g.TotalCost)
				require.Len(t, g.Budget, len(a.Budget))
				for j, l := range a.Budget {
					requireSameAmount(t, "budget cost", l.Cost, g.Budget[j].Cost)
					requireSameAmount(t, "budget requested", l.Requested, g.Budget[j].Requested)
					require.Equal(t, l.Category, g.Budget[j].Category)
					require.Equal(t, l.Description, g.Budget[j].Description)
				}
				require.Equal(t, a.Submitted, g.Submitted)
				require.Equal(t, []any{a.ID, a.Network, a.Project, a.Scheme, a.Year, a.Office},
					[]any{g.ID, g.Network, g.Project, g.Scheme, g.Year, g.Office})
			}

			gotGrants, err := st.loadGrants(ctx, tt.network.ID)
			require.NoError(t, err)
			require.Len(t, gotGrants, 1)
			requireSameJSON(t, grant, gotGrants[0])
			g := gotGrants[0]
			requireSameAmount(t, "grant amount", grant.Amount, g.Amount)
			require.Equal(t, grant.Decided, g.Decided)
			require.Equal(t, grant.SpendBy, g.SpendBy)
			require.Equal(t, grant.ReportBy, g.ReportBy)
		})
	}
}

func TestPostgresSaveFailsWhole(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()

	// Invalid at the boundary: nothing reaches the database.
	bad := seeds.Hordaland2018()
	bad.Projects[0].Partners = []lnet.PartnerID{"unknown"}
	err := st.saveNetwork(ctx, bad)
	require.ErrorIs(t, err, lnet.ErrInvalidModel)
	_, err = st.loadNetwork(ctx, bad.ID)
	require.ErrorIs(t, err, errNotFound)

	// Valid but refused by the database (a duplicate key in the last project): the
	// transaction stores nothing, not even the network row.
	dup := seeds.Hordaland2018()
	require.NoError(t, st.saveNetwork(ctx, dup))
	var count int
	require.NoError(t, st.db.QueryRowContext(ctx, "SELECT count(*) FROM projects").Scan(&count))
	require.Equal(t, 3, count)
	err = st.saveNetwork(ctx, dup)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `saving network "laeringsnettverk-hordaland"`)
	require.NoError(t, st.db.QueryRowContext(ctx, "SELECT count(*) FROM projects").Scan(&count))
	require.Equal(t, 3, count)

	// An application for a project that is not stored violates a foreign key: no budget
	// line is left behind.
	app := hordalandApplications()[1]
	app.ID, app.Network = "orphan", "another-network"
	err = st.saveApplication(ctx, app)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `saving application "orphan"`)
	require.NoError(t, st.db.QueryRowContext(ctx, "SELECT count(*) FROM budget_lines").Scan(&count))
	require.Equal(t, 0, count)

	// A grant that fails validation.
	g := hordalandGrant()
	g.SpendBy = date.New(2018, 1, 1)
	require.ErrorIs(t, st.saveGrant(ctx, g), lnet.ErrInvalidModel)
}

// TestPostgresLoadChecksRows: rows written by another program are checked when read, and
// the error says what and where.
func TestPostgresLoadChecksRows(t *testing.T) {
	tests := []struct {
		name     string
		update   string
		load     string // "network" or "applications"
		sentinel error
		message  string
	}{
		{"unknown partner kind", `UPDATE partners SET kind = 'consultancy' WHERE id = 'hvl'`, "network",
			lnet.ErrInvalidValue, `reading partners: sql: Scan error on column index 2, name "kind": lnet: parsing partner kind "consultancy"`},
		{"malformed office id", `UPDATE networks SET office = 'Hordaland'`, "network",
			lnet.ErrInvalidCode, `lnet: parsing office id "Hordaland"`},
		{"blank service name", `UPDATE services SET name = '' WHERE id = 'os'`, "network",
			lnet.ErrInvalidModel, `as stored: members[1].service.name`},
		{"budget no longer adds up", `UPDATE applications SET requested = requested + 0.01`, "applications",
			lnet.ErrInvalidModel, `application "hordaland-2018-hoykonflikt" as stored: requested: budget requested amounts add up to 350000`},
		{"three decimals", `ALTER TABLE budget_lines ALTER COLUMN cost TYPE NUMERIC(20,3); UPDATE budget_lines SET cost = cost + 0.001`, "applications",
			lnet.ErrInvalidAmount, `lnet: parsing NOK "300000.001": more than 2 decimals`},
		{"float amount", `ALTER TABLE applications ALTER COLUMN total_cost TYPE DOUBLE PRECISION`, "applications",
			lnet.ErrInvalidAmount, `floats are not exact`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openTestStore(t)
			ctx := context.Background()
			n := seeds.Hordaland2018()
			require.NoError(t, st.saveNetwork(ctx, n))
			for _, a := range hordalandApplications() {
				require.NoError(t, st.saveApplication(ctx, a))
			}
			_, err := st.db.ExecContext(ctx, tt.update)
			require.NoError(t, err)
			switch tt.load {
			case "network":
				_, err = st.loadNetwork(ctx, n.ID)
			default:
				_, err = st.loadApplications(ctx, n.ID)
			}
			require.ErrorIs(t, err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}
