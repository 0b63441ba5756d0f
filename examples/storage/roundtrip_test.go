package main

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// fullNetwork is the Hordaland network with every field of the model set somewhere and left
// empty elsewhere: an inter-municipal service, join dates, representatives with and without
// a municipality and a ref, the anchoring of a service's participation, a leader, seats of
// every kind, a resource group with partners, a plan with measures and assessments, a
// project period, a measure, anchoring, a group with partners, a mandate and a project plan,
// every project status, several aims, other municipal services, an attendance with lists.
// The extra values are test data, not facts from the sources.
func fullNetwork() lnet.Network {
	n := seeds.Hordaland2018()
	joined := date.New(2018, 6, 7)
	chosen := date.New(2019, 2, 12)
	adopted := date.New(2018, 12, 1)
	n.Members[1].Service.Municipalities = []lnet.MunicipalityCode{seeds.Os, 1241} // Os and Fusa
	n.Members[1].Joined = &joined
	n.Members[1].Representatives = []lnet.Representative{
		{Ref: "os-leder", Role: lnet.RoleManagement, Title: "barnevernleder"},
		{Role: lnet.RoleStaff, Title: "saksbehandler", Municipality: 1241},
	}
	n.Members[1].Anchoring = []lnet.Anchoring{
		{Municipality: 1241, Date: date.New(2018, 5, 2), Body: "rådmann", Reference: "2018/117"},
		{Municipality: seeds.Os, Date: date.New(2018, 5, 3), Body: "kommunalsjef"},
	}
	n.Members[2].Representatives = []lnet.Representative{{Role: lnet.RoleStaff}}
	n.Leader = &lnet.Leader{Ref: "leder-1", Service: "kvam", Municipality: seeds.Kvam, Title: "barnevernleder", Chosen: &chosen}
	n.SteeringGroup.Seats[0].Role = lnet.RoleManagement
	n.SteeringGroup.Seats[0].Title = "barnevernleder"
	n.SteeringGroup.Seats[4].Ref = "rkbu-1"
	n.SteeringGroup.Mandate.Text = "Styringsgruppen skal følge opp nettverkets plan."
	n.ResourceGroup.Name = "Ressursgruppe Vest"
	n.ResourceGroup.Partners = []lnet.PartnerID{seeds.HVL, seeds.RKBUVest}
	n.ResourceGroup.Established = &adopted
	n.Plan = &lnet.Plan{
		Title: "Plan for kompetanse- og kvalitetsutvikling", Adopted: &adopted,
		Period: &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2024, 12, 31)},
		Measures: []lnet.Measure{
			{ID: "m1", Title: "Høykonfliktsaker", Description: "Felles rutiner",
				Municipalities: []lnet.MunicipalityCode{seeds.Kvam, seeds.Fjell},
				Assessments: []lnet.Assessment{
					{Kind: lnet.AssessmentRisk, Municipality: seeds.Kvam, Date: &adopted, Summary: "Få saker, lite erfaring"},
					{Kind: lnet.AssessmentStatus, Municipality: seeds.Fjell, Summary: "Rutiner mangler"},
				}},
			{ID: "m2", Title: "Barnesamtaler"},
		},
	}
	p := &n.Projects[0]
	p.Period = &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2019, 12, 31)}
	p.Aims = []lnet.Aim{lnet.AimQualityDevelopment, lnet.AimCompetence}
	p.Partners = []lnet.PartnerID{seeds.RKBUVest, seeds.HVL}
	p.Measure = "m1"
	p.Anchoring = []lnet.Anchoring{
		{Municipality: seeds.Kvam, Date: date.New(2018, 10, 15), Body: "kommunalsjef", Reference: "18/2231"},
		{Municipality: seeds.Radoy, Date: date.New(2018, 10, 16), Body: "rådmann"},
	}
	p.Group.Partners = []lnet.PartnerID{seeds.RKBUVest}
	p.Group.Established = &chosen
	p.Mandate = &lnet.Document{Title: "Mandat for arbeidsgruppen", Date: &chosen}
	p.ProjectPlan = &lnet.Document{Text: "Kartlegging våren 2019, retningslinjer høsten 2019.", Source: "arkiv 2019/12"}
	n.Projects[1].Status = lnet.ProjectClarifying
	n.Projects[1].Group = &lnet.ProjectGroup{Partners: []lnet.PartnerID{seeds.HVL}}
	n.Projects[2].OtherServices = []string{"helsestasjon", "PPT"}
	n.Projects = append(n.Projects, lnet.Project{
		ID: "fosterhjem", Scheme: lnet.SchemeFosterHome, Title: "Veiledning av fosterhjem", Host: seeds.Fjell,
	})
	n.Gatherings[2].Attendance.Services = []lnet.ServiceID{"kvam", "fjell", "os", "radoy", "bergen", "fusa", "askoy", "voss", "odda"}
	n.Gatherings[2].Attendance.Municipalities = []lnet.MunicipalityCode{
		1201, 1238, 1241, 1243, 1246, 1260, 1247, 1235, 1228, 1219, 1221, 1222, 1223, 1224, 1227, 1231, 1232, 1233}
	return n
}

// checkWholeNetwork checks that got is want, through JSON and field by field where JSON
// could hide a difference: nil and empty lists, pointers.
func checkWholeNetwork(t *testing.T, want, got lnet.Network) {
	t.Helper()
	requireSameJSON(t, want, got)
	require.Equal(t, want, got)
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
	require.Equal(t, want.Ore(), got.Ore(), "%s in øre", what)
}

// setFields records, for every struct type reachable from v, which of its fields are set
// (not the zero value) somewhere.
func setFields(v reflect.Value, seen map[reflect.Type]map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setFields(v.Elem(), seen)
		}
	case reflect.Slice:
		for i := range v.Len() {
			setFields(v.Index(i), seen)
		}
	case reflect.Struct:
		if v.Type().PkgPath() != "github.com/laeringsnettverk/sdk/lnet" {
			return // date.Date, lnet.NOK's internals and the like are values, not models
		}
		fields := seen[v.Type()]
		if fields == nil {
			fields = map[string]bool{}
			seen[v.Type()] = fields
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if !v.Field(i).IsZero() {
				fields[f.Name] = true
			} else if _, ok := fields[f.Name]; !ok {
				fields[f.Name] = false
			}
			setFields(v.Field(i), seen)
		}
	}
}

// TestFixturesSetEveryField keeps the round trip honest: every field of every model type in
// a network and its applications is set somewhere in the fixtures, so a field the tables
// do not hold fails the round trip, and a field added to lnet later fails here until the
// fixtures (and the tables) have it.
func TestFixturesSetEveryField(t *testing.T) {
	seen := map[reflect.Type]map[string]bool{}
	setFields(reflect.ValueOf(fullNetwork()), seen)
	setFields(reflect.ValueOf(hordalandApplications()), seen)
	setFields(reflect.ValueOf(hordalandGrant()), seen)
	for typ, fields := range seen {
		if typ.Name() == "NOK" {
			continue
		}
		for name, set := range fields {
			assert.True(t, set, "%s.%s is never set in the fixtures", typ.Name(), name)
		}
	}
	for _, typ := range []string{"Network", "Member", "Anchoring", "Leader", "SteeringGroup", "Seat", "Document",
		"Contributor", "ResourceGroup", "Horizon", "Plan", "Measure", "Assessment", "Project", "ProjectGroup",
		"Gathering", "Attendance", "Decision", "Application", "BudgetLine", "Period", "Grant"} {
		found := false
		for st := range seen {
			found = found || st.Name() == typ
		}
		assert.True(t, found, "lnet.%s is not in the fixtures", typ)
	}
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
			checkWholeNetwork(t, tt.network, gotNetwork)

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
				require.Equal(t, a.UsePeriod, g.UsePeriod)
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
// the error says what and where. Where the schema itself refuses the row (a CHECK or FOREIGN
// KEY constraint that mirrors lnet's validation), the test first sees it refused, then drops
// the constraint, as a laxer schema would not have it, and sees the load refuse the row.
func TestPostgresLoadChecksRows(t *testing.T) {
	tests := []struct {
		name     string
		drop     string // a constraint of the schema that refuses update, dropped before it
		update   string
		load     string // "network" or "applications"
		sentinel error
		message  string
	}{
		{"unknown partner kind", "", `UPDATE partners SET kind = 'consultancy' WHERE id = 'hvl'`, "network",
			lnet.ErrInvalidValue, `reading partners: sql: Scan error on column index 2, name "kind": lnet: parsing partner kind "consultancy"`},
		{"malformed office id", "", `UPDATE networks SET office = 'Hordaland'`, "network",
			lnet.ErrInvalidCode, `lnet: parsing office id "Hordaland"`},
		{"blank service name", "", `UPDATE services SET name = '' WHERE id = 'os'`, "network",
			lnet.ErrInvalidModel, `as stored: members[1].service.name`},
		{"unknown project status", `ALTER TABLE projects DROP CONSTRAINT known_status`,
			`UPDATE projects SET status = 'paused' WHERE id = 'basisopplaering'`, "network",
			lnet.ErrInvalidValue, `reading projects: sql: Scan error on column index 8, name "status": lnet: parsing project status "paused"`},
		{"project status in Norwegian", `ALTER TABLE projects DROP CONSTRAINT known_status`,
			`UPDATE projects SET status = 'igangsatt' WHERE id = 'hoykonflikt'`, "network",
			lnet.ErrInvalidValue, `lnet: parsing project status "igangsatt"`},
		{"document with no title, text or source", `ALTER TABLE steering_group_mandates DROP CONSTRAINT says_what`,
			`UPDATE steering_group_mandates SET title = '', text = ' ', source = ''`, "network",
			lnet.ErrInvalidModel, `as stored: steering_group.mandate.title: missing: a document has a title, a text or a source`},
		{"resource group with an unknown partner", `ALTER TABLE resource_group_partners DROP CONSTRAINT known_partner`,
			`INSERT INTO resource_group_partners (network_id, position, partner_id) VALUES ('laeringsnettverk-hordaland', 0, 'ks')`, "network",
			lnet.ErrInvalidModel, `as stored: resource_group.partners[0]: not one of the network's partners "ks"`},
		{"unknown contributor kind", "",
			`UPDATE contributors SET kind = 'consultancy' WHERE id = 'ks'`, "network",
			nil, `violates check constraint`},
		{"anchoring of a municipality the service does not cover", "",
			`INSERT INTO member_anchoring (network_id, service_id, position, municipality, date, body, reference)
			 VALUES ('laeringsnettverk-hordaland', 'os', 0, '1238', '2018-05-02', 'rådmann', '')`, "network",
			lnet.ErrInvalidModel, `as stored: members[1].anchoring[0].municipality: not covered by service "os" "1238"`},
		{"use period with one end", `ALTER TABLE applications DROP CONSTRAINT use_period_whole`,
			`UPDATE applications SET use_end = NULL WHERE id = 'hordaland-2018-hoykonflikt'`, "applications",
			nil, `application "hordaland-2018-hoykonflikt": use period: period has only one end`},
		{"budget no longer adds up", "", `UPDATE applications SET requested = requested + 0.01`, "applications",
			lnet.ErrInvalidModel, `application "hordaland-2018-hoykonflikt" as stored: requested: budget requested amounts add up to 350000`},
		{"three decimals", "", `ALTER TABLE budget_lines ALTER COLUMN cost TYPE NUMERIC(20,3); UPDATE budget_lines SET cost = cost + 0.001`, "applications",
			lnet.ErrInvalidAmount, `lnet: parsing NOK "300000.001": more than 2 decimals`},
		// A float column is read by its shortest decimal form; whole øre load, float noise does not.
		{"float amount not whole øre", "", `ALTER TABLE applications ALTER COLUMN total_cost TYPE DOUBLE PRECISION; UPDATE applications SET total_cost = total_cost + 0.001`, "applications",
			lnet.ErrInvalidAmount, `more than 2 decimals`},
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
			if tt.drop != "" {
				_, err := st.db.ExecContext(ctx, tt.update)
				require.Error(t, err, "the schema refuses the row on its own")
				_, err = st.db.ExecContext(ctx, tt.drop)
				require.NoError(t, err)
			}
			_, err := st.db.ExecContext(ctx, tt.update)
			if tt.sentinel == nil && tt.drop == "" {
				// The schema refuses the row; there is nothing to load.
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.message)
				return
			}
			require.NoError(t, err)
			switch tt.load {
			case "network":
				_, err = st.loadNetwork(ctx, n.ID)
			default:
				_, err = st.loadApplications(ctx, n.ID)
			}
			require.Error(t, err)
			if tt.sentinel != nil {
				require.ErrorIs(t, err, tt.sentinel)
			}
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}

// TestPostgresRoundTripSeeds stores and reads back the networks of the other seeds, with
// their plans, measures and assessments.
func TestPostgresRoundTripSeeds(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()
	networks := append(seeds.Nordland2019Networks(), seeds.Innlandet2022Networks()...)
	require.NotEmpty(t, networks)
	for _, n := range networks {
		require.NoError(t, st.saveNetwork(ctx, n), n.ID)
	}
	for _, n := range networks {
		got, err := st.loadNetwork(ctx, n.ID)
		require.NoError(t, err, n.ID)
		checkWholeNetwork(t, n, got)
	}
}
