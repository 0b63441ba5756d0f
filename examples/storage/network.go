package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// saveNetwork validates n and stores the whole of it in one transaction.
func (s *store) saveNetwork(ctx context.Context, n lnet.Network) error {
	if err := n.Validate(); err != nil {
		return fmt.Errorf("storage: network %q: %w", n.ID, err)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := insertNetwork(ctx, tx, n); err != nil {
			return fmt.Errorf("storage: saving network %q: %w", n.ID, err)
		}
		return nil
	})
}

// insertNetwork writes the rows of n, parents before the rows that refer to them: services
// before the leader, partners and contributors before the steering group, the resource
// group and the projects, the plan's measures before the projects, projects before the
// decisions.
func insertNetwork(ctx context.Context, tx execer, n lnet.Network) error {
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO networks (id, name, office, established) VALUES ($1, $2, $3, $4)`,
		n.ID, n.Name, n.Office, n.Established); err != nil {
		return err
	}
	for i, m := range n.Members {
		if err := insertMember(ctx, tx, n.ID, i, m); err != nil {
			return fmt.Errorf("service %q: %w", m.Service.ID, err)
		}
	}
	if l := n.Leader; l != nil {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO leaders (network_id, ref, service_id, municipality, title, chosen) VALUES ($1, $2, $3, $4, $5, $6)`,
			n.ID, nullText(l.Ref), l.Service, l.Municipality, l.Title, l.Chosen); err != nil {
			return fmt.Errorf("leader: %w", err)
		}
	}
	for i, p := range n.Partners {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO partners (network_id, id, position, name, kind) VALUES ($1, $2, $3, $4, $5)`,
			n.ID, p.ID, i, p.Name, p.Kind); err != nil {
			return fmt.Errorf("partner %q: %w", p.ID, err)
		}
	}
	for i, c := range n.Contributors {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO contributors (network_id, id, position, name, kind) VALUES ($1, $2, $3, $4, $5)`,
			n.ID, c.ID, i, c.Name, c.Kind); err != nil {
			return fmt.Errorf("contributor %q: %w", c.ID, err)
		}
	}
	if g := n.SteeringGroup; g != nil {
		if err := insertSteeringGroup(ctx, tx, n.ID, *g); err != nil {
			return fmt.Errorf("steering group: %w", err)
		}
	}
	if g := n.ResourceGroup; g != nil {
		if err := insertResourceGroup(ctx, tx, n.ID, *g); err != nil {
			return fmt.Errorf("resource group: %w", err)
		}
	}
	if h := n.Horizon; h != nil {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO horizons (network_id, through, at_least, wording, source) VALUES ($1, $2, $3, $4, $5)`,
			n.ID, h.Through, h.AtLeast, h.Wording, h.Source); err != nil {
			return fmt.Errorf("horizon: %w", err)
		}
	}
	if p := n.Plan; p != nil {
		if err := insertPlan(ctx, tx, n.ID, *p); err != nil {
			return fmt.Errorf("plan: %w", err)
		}
	}
	for i, p := range n.Projects {
		if err := insertProject(ctx, tx, n.ID, i, p); err != nil {
			return fmt.Errorf("project %q: %w", p.ID, err)
		}
	}
	for i, g := range n.Gatherings {
		if err := insertGathering(ctx, tx, n.ID, i, g); err != nil {
			return fmt.Errorf("gathering %d: %w", i, err)
		}
	}
	for i, d := range n.Decisions {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO decisions (network_id, position, subject, date, text, project_id, due) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			n.ID, i, d.Subject, d.Date, d.Text, d.Project, d.Due); err != nil {
			return fmt.Errorf("decision %d: %w", i, err)
		}
	}
	return nil
}

func insertMember(ctx context.Context, tx execer, network lnet.NetworkID, position int, m lnet.Member) error {
	sv := m.Service
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO services (network_id, id, position, name, host, joined) VALUES ($1, $2, $3, $4, $5, $6)`,
		network, sv.ID, position, sv.Name, sv.Host, m.Joined); err != nil {
		return err
	}
	key := []any{network, sv.ID}
	if err := insertList(ctx, tx, "service_municipalities", "service_id", key, "municipality", anys(sv.Municipalities)); err != nil {
		return err
	}
	for j, r := range m.Representatives {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO representatives (network_id, service_id, position, ref, role, title, municipality) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			network, sv.ID, j, nullText(r.Ref), r.Role, r.Title, r.Municipality); err != nil {
			return fmt.Errorf("representative %d: %w", j, err)
		}
	}
	return insertAnchoring(ctx, tx, "member_anchoring", "service_id", key, m.Anchoring)
}

// insertAnchoring writes the anchoring records of the owner (a service or a project) that
// key identifies.
func insertAnchoring(ctx context.Context, tx execer, table, ownerColumn string, key []any, anchoring []lnet.Anchoring) error {
	// table and ownerColumn are constants of this file, never input.
	q := fmt.Sprintf(`INSERT INTO %s (network_id, %s, position, municipality, date, body, reference)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, table, ownerColumn)
	for i, a := range anchoring {
		if _, err := tx.ExecContext(ctx, q, key[0], key[1], i, a.Municipality, a.Date, a.Body, a.Reference); err != nil {
			return fmt.Errorf("anchoring[%d] %s: %w", i, a.Municipality, err)
		}
	}
	return nil
}

func insertSteeringGroup(ctx context.Context, tx execer, network lnet.NetworkID, g lnet.SteeringGroup) error {
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO steering_groups (network_id, established, meetings_per_year) VALUES ($1, $2, $3)`,
		network, g.Established, g.MeetingsPerYear); err != nil {
		return err
	}
	for i, seat := range g.Seats {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO steering_group_seats (network_id, position, kind, municipality, role, partner_id, office, title, ref)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			network, i, seat.Kind, seat.Municipality, seat.Role, seat.Partner, seat.Office, seat.Title, nullText(seat.Ref)); err != nil {
			return fmt.Errorf("seat %d: %w", i, err)
		}
	}
	if d := g.Mandate; d != nil {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO steering_group_mandates (network_id, title, date, text, source) VALUES ($1, $2, $3, $4, $5)`,
			network, d.Title, d.Date, d.Text, d.Source); err != nil {
			return fmt.Errorf("mandate: %w", err)
		}
	}
	return nil
}

func insertResourceGroup(ctx context.Context, tx execer, network lnet.NetworkID, g lnet.ResourceGroup) error {
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO resource_groups (network_id, name, established, source) VALUES ($1, $2, $3, $4)`,
		network, g.Name, g.Established, g.Source); err != nil {
		return err
	}
	key := []any{network}
	if err := insertList(ctx, tx, "resource_group_counties", "", key, "county", anys(g.Counties)); err != nil {
		return err
	}
	if err := insertList(ctx, tx, "resource_group_partners", "", key, "partner_id", anys(g.Partners)); err != nil {
		return err
	}
	return insertList(ctx, tx, "resource_group_contributors", "", key, "contributor_id", anys(g.Contributors))
}

func insertPlan(ctx context.Context, tx execer, network lnet.NetworkID, p lnet.Plan) error {
	start, end := periodColumns(p.Period)
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO plans (network_id, title, adopted, period_start, period_end) VALUES ($1, $2, $3, $4, $5)`,
		network, p.Title, p.Adopted, start, end); err != nil {
		return err
	}
	for i, m := range p.Measures {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO plan_measures (network_id, id, position, title, description) VALUES ($1, $2, $3, $4, $5)`,
			network, m.ID, i, m.Title, m.Description); err != nil {
			return fmt.Errorf("measure %q: %w", m.ID, err)
		}
		if err := insertList(ctx, tx, "measure_municipalities", "measure_id", []any{network, m.ID}, "municipality", anys(m.Municipalities)); err != nil {
			return fmt.Errorf("measure %q: %w", m.ID, err)
		}
		for j, a := range m.Assessments {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO measure_assessments (network_id, measure_id, position, kind, municipality, date, summary)
				 VALUES ($1, $2, $3, $4, $5, $6, $7)`,
				network, m.ID, j, a.Kind, a.Municipality, a.Date, a.Summary); err != nil {
				return fmt.Errorf("measure %q, assessment %d: %w", m.ID, j, err)
			}
		}
	}
	return nil
}

func insertProject(ctx context.Context, tx execer, network lnet.NetworkID, position int, p lnet.Project) error {
	start, end := periodColumns(p.Period)
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO projects (network_id, id, position, scheme, title, description, host, period_start, period_end, measure_id, status)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		network, p.ID, position, p.Scheme, p.Title, p.Description, p.Host, start, end, p.Measure, p.Status); err != nil {
		return err
	}
	key := []any{network, p.ID}
	lists := []struct {
		table, column string
		values        []any
	}{
		{"project_participants", "municipality", anys(p.Participants)},
		{"project_partners", "partner_id", anys(p.Partners)},
		{"project_aims", "aim", anys(p.Aims)},
		{"project_other_services", "service", anys(p.OtherServices)},
	}
	for _, l := range lists {
		if err := insertList(ctx, tx, l.table, "project_id", key, l.column, l.values); err != nil {
			return err
		}
	}
	if err := insertAnchoring(ctx, tx, "project_anchoring", "project_id", key, p.Anchoring); err != nil {
		return err
	}
	if g := p.Group; g != nil {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO project_groups (network_id, project_id, established) VALUES ($1, $2, $3)`,
			network, p.ID, g.Established); err != nil {
			return fmt.Errorf("group: %w", err)
		}
		if err := insertList(ctx, tx, "project_group_municipalities", "project_id", key, "municipality", anys(g.Municipalities)); err != nil {
			return fmt.Errorf("group: %w", err)
		}
		if err := insertList(ctx, tx, "project_group_partners", "project_id", key, "partner_id", anys(g.Partners)); err != nil {
			return fmt.Errorf("group: %w", err)
		}
	}
	for _, doc := range []struct {
		kind string
		d    *lnet.Document
	}{{docMandate, p.Mandate}, {docProjectPlan, p.ProjectPlan}} {
		if doc.d == nil {
			continue
		}
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO project_documents (network_id, project_id, kind, title, date, text, source) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			network, p.ID, doc.kind, doc.d.Title, doc.d.Date, doc.d.Text, doc.d.Source); err != nil {
			return fmt.Errorf("%s: %w", doc.kind, err)
		}
	}
	return nil
}

// The kinds of project_documents.
const (
	docMandate     = "mandate"
	docProjectPlan = "project_plan"
)

func insertGathering(ctx context.Context, tx execer, network lnet.NetworkID, position int, g lnet.Gathering) error {
	var services, municipalities sql.NullInt64
	var office sql.NullBool
	if a := g.Attendance; a != nil {
		services = sql.NullInt64{Int64: int64(a.ServiceCount), Valid: true}
		municipalities = sql.NullInt64{Int64: int64(a.MunicipalityCount), Valid: true}
		office = sql.NullBool{Bool: a.Office, Valid: true}
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO gatherings (network_id, position, kind, date, title, place, topic, service_count, municipality_count, office_present)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		network, position, g.Kind, g.Date, g.Title, g.Place, g.Topic, services, municipalities, office); err != nil {
		return err
	}
	a := g.Attendance
	if a == nil {
		return nil
	}
	key := []any{network, position}
	if err := insertList(ctx, tx, "gathering_services", "gathering", key, "service_id", anys(a.Services)); err != nil {
		return err
	}
	if err := insertList(ctx, tx, "gathering_municipalities", "gathering", key, "municipality", anys(a.Municipalities)); err != nil {
		return err
	}
	return insertList(ctx, tx, "gathering_partners", "gathering", key, "partner_id", anys(a.Partners))
}

// insertList writes values to table with their positions. key is the network id, followed
// by the owner's key in ownerColumn unless ownerColumn is "" (a list of the network's).
func insertList(ctx context.Context, tx execer, table, ownerColumn string, key []any, column string, values []any) error {
	// table and the columns are constants of this file, never input.
	var q string
	if ownerColumn == "" {
		q = fmt.Sprintf(`INSERT INTO %s (network_id, position, %s) VALUES ($1, $2, $3)`, table, column)
	} else {
		q = fmt.Sprintf(`INSERT INTO %s (network_id, %s, position, %s) VALUES ($1, $2, $3, $4)`, table, ownerColumn, column)
	}
	for i, v := range values {
		args := append(append([]any{}, key...), i, v)
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("%s[%d] %v: %w", column, i, v, err)
		}
	}
	return nil
}

func anys[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// nullText stores an optional reference: "" as NULL.
func nullText(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// periodColumns returns the two columns of an optional period: both NULL for nil.
func periodColumns(p *lnet.Period) (start, end *date.Date) {
	if p == nil {
		return nil, nil
	}
	return &p.Start, &p.End
}

// periodOf reads an optional period back from its two columns.
func periodOf(start, end *date.Date) (*lnet.Period, error) {
	switch {
	case start != nil && end != nil:
		return &lnet.Period{Start: *start, End: *end}, nil
	case start != nil || end != nil:
		return nil, errors.New("period has only one end")
	}
	return nil, nil
}

// grouped runs query and collects the values that scan reads, by the key it reads with them,
// in the order of the rows.
func grouped[K comparable, V any](ctx context.Context, s *store, what, query string, args []any,
	scan func(*sql.Rows) (K, V, error)) (map[K][]V, error) {
	out := map[K][]V{}
	err := s.queryEach(ctx, what, query, args, func(rows *sql.Rows) error {
		k, v, err := scan(rows)
		if err != nil {
			return err
		}
		out[k] = append(out[k], v)
		return nil
	})
	return out, err
}

// pair scans a row of two columns, a key and a value.
func pair[K, V any](rows *sql.Rows) (K, V, error) {
	var k K
	var v V
	err := rows.Scan(&k, &v)
	return k, v, err
}

// pairs reads a list table of (key, value) rows ordered by key and position.
func pairs[K comparable, V any](ctx context.Context, s *store, what, query string, args []any) (map[K][]V, error) {
	return grouped(ctx, s, what, query, args, pair[K, V])
}

// scanDocument reads the title, date, text and source columns of a document, after the
// columns in before.
func scanDocument(rows *sql.Rows, before ...any) (lnet.Document, error) {
	var d lnet.Document
	err := rows.Scan(append(before, &d.Title, &d.Date, &d.Text, &d.Source)...)
	return d, err
}

// anchoringRow reads an anchoring record after its owner's key.
func anchoringRow[K any](rows *sql.Rows) (K, lnet.Anchoring, error) {
	var k K
	var a lnet.Anchoring
	err := rows.Scan(&k, &a.Municipality, &a.Date, &a.Body, &a.Reference)
	return k, a, err
}

// loadNetwork reads the network id back and validates it. A network that is not stored is
// an error wrapping errNotFound.
func (s *store) loadNetwork(ctx context.Context, id lnet.NetworkID) (lnet.Network, error) {
	var n lnet.Network
	err := s.db.QueryRowContext(ctx,
		`SELECT id, name, office, established FROM networks WHERE id = $1`, id).
		Scan(&n.ID, &n.Name, &n.Office, &n.Established)
	if errors.Is(err, sql.ErrNoRows) {
		return lnet.Network{}, fmt.Errorf("storage: network %q: %w", id, errNotFound)
	}
	if err != nil {
		return lnet.Network{}, fmt.Errorf("storage: reading network %q: %w", id, err)
	}
	steps := []func(context.Context, lnet.NetworkID, *lnet.Network) error{
		s.loadMembers, s.loadLeader, s.loadPartners, s.loadSteeringGroup, s.loadResourceGroup,
		s.loadHorizon, s.loadPlan, s.loadProjects, s.loadGatherings, s.loadDecisions,
	}
	for _, step := range steps {
		if err := step(ctx, id, &n); err != nil {
			return lnet.Network{}, err
		}
	}
	if err := n.Validate(); err != nil {
		return lnet.Network{}, fmt.Errorf("storage: network %q as stored: %w", id, err)
	}
	return n, nil
}

func (s *store) loadMembers(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	args := []any{id}
	municipalities, err := pairs[lnet.ServiceID, lnet.MunicipalityCode](ctx, s, "service municipalities",
		`SELECT service_id, municipality FROM service_municipalities WHERE network_id = $1 ORDER BY service_id, position`, args)
	if err != nil {
		return err
	}
	representatives, err := grouped(ctx, s, "representatives",
		`SELECT service_id, ref, role, title, municipality FROM representatives WHERE network_id = $1 ORDER BY service_id, position`, args,
		func(rows *sql.Rows) (lnet.ServiceID, lnet.Representative, error) {
			var sid lnet.ServiceID
			var ref sql.NullString
			var r lnet.Representative
			err := rows.Scan(&sid, &ref, &r.Role, &r.Title, &r.Municipality)
			r.Ref = ref.String
			return sid, r, err
		})
	if err != nil {
		return err
	}
	anchoring, err := grouped(ctx, s, "member anchoring",
		`SELECT service_id, municipality, date, body, reference FROM member_anchoring WHERE network_id = $1 ORDER BY service_id, position`, args,
		anchoringRow[lnet.ServiceID])
	if err != nil {
		return err
	}
	return s.queryEach(ctx, "services",
		`SELECT id, name, host, joined FROM services WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var m lnet.Member
			if err := rows.Scan(&m.Service.ID, &m.Service.Name, &m.Service.Host, &m.Joined); err != nil {
				return err
			}
			m.Service.Municipalities = municipalities[m.Service.ID]
			m.Representatives = representatives[m.Service.ID]
			m.Anchoring = anchoring[m.Service.ID]
			n.Members = append(n.Members, m)
			return nil
		})
}

func (s *store) loadLeader(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	return s.queryEach(ctx, "leader",
		`SELECT ref, service_id, municipality, title, chosen FROM leaders WHERE network_id = $1`, []any{id},
		func(rows *sql.Rows) error {
			var l lnet.Leader
			var ref sql.NullString
			if err := rows.Scan(&ref, &l.Service, &l.Municipality, &l.Title, &l.Chosen); err != nil {
				return err
			}
			l.Ref = ref.String
			n.Leader = &l
			return nil
		})
}

func (s *store) loadPartners(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	args := []any{id}
	err := s.queryEach(ctx, "partners",
		`SELECT id, name, kind FROM partners WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var p lnet.Partner
			if err := rows.Scan(&p.ID, &p.Name, &p.Kind); err != nil {
				return err
			}
			n.Partners = append(n.Partners, p)
			return nil
		})
	if err != nil {
		return err
	}
	return s.queryEach(ctx, "contributors",
		`SELECT id, name, kind FROM contributors WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var c lnet.Contributor
			if err := rows.Scan(&c.ID, &c.Name, &c.Kind); err != nil {
				return err
			}
			n.Contributors = append(n.Contributors, c)
			return nil
		})
}

func (s *store) loadSteeringGroup(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	args := []any{id}
	err := s.queryEach(ctx, "steering group",
		`SELECT established, meetings_per_year FROM steering_groups WHERE network_id = $1`, args,
		func(rows *sql.Rows) error {
			var g lnet.SteeringGroup
			if err := rows.Scan(&g.Established, &g.MeetingsPerYear); err != nil {
				return err
			}
			n.SteeringGroup = &g
			return nil
		})
	if err != nil || n.SteeringGroup == nil {
		return err
	}
	g := n.SteeringGroup
	err = s.queryEach(ctx, "steering group seats",
		`SELECT kind, municipality, role, partner_id, office, title, ref FROM steering_group_seats WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var seat lnet.Seat
			var ref sql.NullString
			if err := rows.Scan(&seat.Kind, &seat.Municipality, &seat.Role, &seat.Partner, &seat.Office, &seat.Title, &ref); err != nil {
				return err
			}
			seat.Ref = ref.String
			g.Seats = append(g.Seats, seat)
			return nil
		})
	if err != nil {
		return err
	}
	return s.queryEach(ctx, "steering group mandate",
		`SELECT title, date, text, source FROM steering_group_mandates WHERE network_id = $1`, args,
		func(rows *sql.Rows) error {
			d, err := scanDocument(rows)
			g.Mandate = &d
			return err
		})
}

func (s *store) loadResourceGroup(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	args := []any{id}
	err := s.queryEach(ctx, "resource group",
		`SELECT name, established, source FROM resource_groups WHERE network_id = $1`, args,
		func(rows *sql.Rows) error {
			var g lnet.ResourceGroup
			if err := rows.Scan(&g.Name, &g.Established, &g.Source); err != nil {
				return err
			}
			n.ResourceGroup = &g
			return nil
		})
	if err != nil || n.ResourceGroup == nil {
		return err
	}
	g := n.ResourceGroup
	counties, err := pairs[lnet.NetworkID, lnet.CountyCode](ctx, s, "resource group counties",
		`SELECT network_id, county FROM resource_group_counties WHERE network_id = $1 ORDER BY position`, args)
	if err != nil {
		return err
	}
	partners, err := pairs[lnet.NetworkID, lnet.PartnerID](ctx, s, "resource group partners",
		`SELECT network_id, partner_id FROM resource_group_partners WHERE network_id = $1 ORDER BY position`, args)
	if err != nil {
		return err
	}
	contributors, err := pairs[lnet.NetworkID, lnet.ContributorID](ctx, s, "resource group contributors",
		`SELECT network_id, contributor_id FROM resource_group_contributors WHERE network_id = $1 ORDER BY position`, args)
	g.Counties, g.Partners, g.Contributors = counties[id], partners[id], contributors[id]
	return err
}

func (s *store) loadHorizon(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	return s.queryEach(ctx, "horizon",
		`SELECT through, at_least, wording, source FROM horizons WHERE network_id = $1`, []any{id},
		func(rows *sql.Rows) error {
			var h lnet.Horizon
			if err := rows.Scan(&h.Through, &h.AtLeast, &h.Wording, &h.Source); err != nil {
				return err
			}
			n.Horizon = &h
			return nil
		})
}

func (s *store) loadPlan(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	args := []any{id}
	err := s.queryEach(ctx, "plan",
		`SELECT title, adopted, period_start, period_end FROM plans WHERE network_id = $1`, args,
		func(rows *sql.Rows) error {
			var p lnet.Plan
			var start, end *date.Date
			if err := rows.Scan(&p.Title, &p.Adopted, &start, &end); err != nil {
				return err
			}
			period, err := periodOf(start, end)
			p.Period = period
			n.Plan = &p
			return err
		})
	if err != nil || n.Plan == nil {
		return err
	}
	municipalities, err := pairs[lnet.MeasureID, lnet.MunicipalityCode](ctx, s, "measure municipalities",
		`SELECT measure_id, municipality FROM measure_municipalities WHERE network_id = $1 ORDER BY measure_id, position`, args)
	if err != nil {
		return err
	}
	assessments, err := grouped(ctx, s, "measure assessments",
		`SELECT measure_id, kind, municipality, date, summary FROM measure_assessments WHERE network_id = $1 ORDER BY measure_id, position`, args,
		func(rows *sql.Rows) (lnet.MeasureID, lnet.Assessment, error) {
			var m lnet.MeasureID
			var a lnet.Assessment
			err := rows.Scan(&m, &a.Kind, &a.Municipality, &a.Date, &a.Summary)
			return m, a, err
		})
	if err != nil {
		return err
	}
	return s.queryEach(ctx, "plan measures",
		`SELECT id, title, description FROM plan_measures WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var m lnet.Measure
			if err := rows.Scan(&m.ID, &m.Title, &m.Description); err != nil {
				return err
			}
			m.Municipalities = municipalities[m.ID]
			m.Assessments = assessments[m.ID]
			n.Plan.Measures = append(n.Plan.Measures, m)
			return nil
		})
}

// loadProjects reads the projects of a network in their stored order.
func (s *store) loadProjects(ctx context.Context, network lnet.NetworkID, n *lnet.Network) error {
	args := []any{network}
	participants, err := pairs[lnet.ProjectID, lnet.MunicipalityCode](ctx, s, "project participants",
		`SELECT project_id, municipality FROM project_participants WHERE network_id = $1 ORDER BY project_id, position`, args)
	if err != nil {
		return err
	}
	partners, err := pairs[lnet.ProjectID, lnet.PartnerID](ctx, s, "project partners",
		`SELECT project_id, partner_id FROM project_partners WHERE network_id = $1 ORDER BY project_id, position`, args)
	if err != nil {
		return err
	}
	aims, err := pairs[lnet.ProjectID, lnet.Aim](ctx, s, "project aims",
		`SELECT project_id, aim FROM project_aims WHERE network_id = $1 ORDER BY project_id, position`, args)
	if err != nil {
		return err
	}
	otherServices, err := pairs[lnet.ProjectID, string](ctx, s, "project other services",
		`SELECT project_id, service FROM project_other_services WHERE network_id = $1 ORDER BY project_id, position`, args)
	if err != nil {
		return err
	}
	anchoring, err := grouped(ctx, s, "project anchoring",
		`SELECT project_id, municipality, date, body, reference FROM project_anchoring WHERE network_id = $1 ORDER BY project_id, position`, args,
		anchoringRow[lnet.ProjectID])
	if err != nil {
		return err
	}
	groups := map[lnet.ProjectID]*lnet.ProjectGroup{}
	err = s.queryEach(ctx, "project groups",
		`SELECT project_id, established FROM project_groups WHERE network_id = $1`, args,
		func(rows *sql.Rows) error {
			var p lnet.ProjectID
			var g lnet.ProjectGroup
			err := rows.Scan(&p, &g.Established)
			groups[p] = &g
			return err
		})
	if err != nil {
		return err
	}
	groupMunicipalities, err := pairs[lnet.ProjectID, lnet.MunicipalityCode](ctx, s, "project group municipalities",
		`SELECT project_id, municipality FROM project_group_municipalities WHERE network_id = $1 ORDER BY project_id, position`, args)
	if err != nil {
		return err
	}
	groupPartners, err := pairs[lnet.ProjectID, lnet.PartnerID](ctx, s, "project group partners",
		`SELECT project_id, partner_id FROM project_group_partners WHERE network_id = $1 ORDER BY project_id, position`, args)
	if err != nil {
		return err
	}
	type docKey struct {
		project lnet.ProjectID
		kind    string
	}
	documents := map[docKey]*lnet.Document{}
	err = s.queryEach(ctx, "project documents",
		`SELECT project_id, kind, title, date, text, source FROM project_documents WHERE network_id = $1`, args,
		func(rows *sql.Rows) error {
			var k docKey
			d, err := scanDocument(rows, &k.project, &k.kind)
			if err != nil {
				return err
			}
			if k.kind != docMandate && k.kind != docProjectPlan {
				return fmt.Errorf("project %q: unknown document kind %q", k.project, k.kind)
			}
			documents[k] = &d
			return nil
		})
	if err != nil {
		return err
	}

	return s.queryEach(ctx, "projects",
		`SELECT id, scheme, title, description, host, period_start, period_end, measure_id, status
		 FROM projects WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var p lnet.Project
			var start, end *date.Date
			if err := rows.Scan(&p.ID, &p.Scheme, &p.Title, &p.Description, &p.Host, &start, &end, &p.Measure, &p.Status); err != nil {
				return err
			}
			period, err := periodOf(start, end)
			if err != nil {
				return fmt.Errorf("project %q: %w", p.ID, err)
			}
			p.Period = period
			p.Participants = participants[p.ID]
			p.Partners = partners[p.ID]
			p.Aims = aims[p.ID]
			p.OtherServices = otherServices[p.ID]
			p.Anchoring = anchoring[p.ID]
			if g := groups[p.ID]; g != nil {
				g.Municipalities = groupMunicipalities[p.ID]
				g.Partners = groupPartners[p.ID]
				p.Group = g
			}
			p.Mandate = documents[docKey{p.ID, docMandate}]
			p.ProjectPlan = documents[docKey{p.ID, docProjectPlan}]
			n.Projects = append(n.Projects, p)
			return nil
		})
}

func (s *store) loadGatherings(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	args := []any{id}
	services, err := pairs[int, lnet.ServiceID](ctx, s, "gathering services",
		`SELECT gathering, service_id FROM gathering_services WHERE network_id = $1 ORDER BY gathering, position`, args)
	if err != nil {
		return err
	}
	municipalities, err := pairs[int, lnet.MunicipalityCode](ctx, s, "gathering municipalities",
		`SELECT gathering, municipality FROM gathering_municipalities WHERE network_id = $1 ORDER BY gathering, position`, args)
	if err != nil {
		return err
	}
	partners, err := pairs[int, lnet.PartnerID](ctx, s, "gathering partners",
		`SELECT gathering, partner_id FROM gathering_partners WHERE network_id = $1 ORDER BY gathering, position`, args)
	if err != nil {
		return err
	}
	return s.queryEach(ctx, "gatherings",
		`SELECT position, kind, date, title, place, topic, service_count, municipality_count, office_present
		 FROM gatherings WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var pos int
			var g lnet.Gathering
			var serviceCount, municipalityCount sql.NullInt64
			var office sql.NullBool
			if err := rows.Scan(&pos, &g.Kind, &g.Date, &g.Title, &g.Place, &g.Topic, &serviceCount, &municipalityCount, &office); err != nil {
				return err
			}
			if serviceCount.Valid {
				g.Attendance = &lnet.Attendance{
					ServiceCount:      int(serviceCount.Int64),
					MunicipalityCount: int(municipalityCount.Int64),
					Services:          services[pos],
					Municipalities:    municipalities[pos],
					Partners:          partners[pos],
					Office:            office.Bool,
				}
			} else if len(services[pos])+len(municipalities[pos])+len(partners[pos]) > 0 {
				return fmt.Errorf("gathering %d: attendance lists without an attendance", pos)
			}
			n.Gatherings = append(n.Gatherings, g)
			return nil
		})
}

func (s *store) loadDecisions(ctx context.Context, id lnet.NetworkID, n *lnet.Network) error {
	return s.queryEach(ctx, "decisions",
		`SELECT subject, date, text, project_id, due FROM decisions WHERE network_id = $1 ORDER BY position`, []any{id},
		func(rows *sql.Rows) error {
			var d lnet.Decision
			if err := rows.Scan(&d.Subject, &d.Date, &d.Text, &d.Project, &d.Due); err != nil {
				return err
			}
			n.Decisions = append(n.Decisions, d)
			return nil
		})
}
