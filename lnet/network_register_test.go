package lnet_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// registerNetwork is a small network of the Hordaland office in 2018 codes.
func registerNetwork() lnet.Network {
	svc := func(id lnet.ServiceID, m lnet.MunicipalityCode) lnet.Member {
		return lnet.Member{Service: lnet.Service{ID: id, Name: string(id), Host: m, Municipalities: []lnet.MunicipalityCode{m}}}
	}
	return lnet.Network{
		ID: "hordaland", Name: "Læringsnettverket i Hordaland", Office: "hordaland",
		Members: []lnet.Member{svc("kvam", 1238), svc("fjell", 1246)},
		Projects: []lnet.Project{{
			ID: "p1", Scheme: lnet.SchemeSelfInitiated, Title: "Høykonflikt", Host: 1238,
			Participants: []lnet.MunicipalityCode{1246},
		}},
	}
}

func TestNetworkValidateOn(t *testing.T) {
	on2018 := date.New(2018, 9, 13)
	require.NoError(t, registerNetwork().ValidateOn(nil, on2018))

	tests := []struct {
		name  string
		edit  func(*lnet.Network)
		on    date.Date
		paths []string
	}{
		{"2018 codes in 2020", func(*lnet.Network) {}, date.New(2020, 6, 1),
			[]string{"office", "members[0].service.host", "members[0].service.municipalities[0]", "members[1].service.host",
				"members[1].service.municipalities[0]", "projects[0].host", "projects[0].participants[0]"}},
		{"member outside the region", func(n *lnet.Network) {
			n.Members = append(n.Members, lnet.Member{Service: lnet.Service{ID: "bodo", Name: "Bodø", Host: 1804, Municipalities: []lnet.MunicipalityCode{1804}}})
		}, on2018, []string{"members[2].service.municipalities[0]"}},
		{"project with a code not in use", func(n *lnet.Network) {
			n.Projects[0].Participants = append(n.Projects[0].Participants, 4622)
		}, on2018, []string{"projects[0].participants[1]"}},
		{"structural problems come too", func(n *lnet.Network) { n.Name = "" }, on2018, []string{"name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := registerNetwork()
			tt.edit(&n)
			err := n.ValidateOn(lnet.DefaultRegister(), tt.on)
			require.Error(t, err)
			assert.ErrorIs(t, err, lnet.ErrInvalidModel)
			var paths []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var fe *lnet.FieldError
				require.True(t, errors.As(e, &fe), e)
				paths = append(paths, fe.Path)
			}
			assert.Equal(t, tt.paths, paths)
		})
	}

	err := registerNetwork().ValidateOn(nil, date.New(2030, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
}

func ExampleNetwork_ValidateOn() {
	n := lnet.Network{
		ID: "hordaland", Name: "Læringsnettverket i Hordaland", Office: "hordaland",
		Members: []lnet.Member{{Service: lnet.Service{ID: "kvam", Name: "Kvam", Host: 1238, Municipalities: []lnet.MunicipalityCode{1238}}}},
	}
	fmt.Println(n.ValidateOn(nil, date.New(2018, 9, 13)))
	fmt.Println(n.ValidateOn(nil, date.New(2020, 6, 1)))
	// Output:
	// <nil>
	// office: no governor office with this id on 2020-06-01 "hordaland"
	// members[0].service.host: not a municipality on 2020-06-01 "1238"
	// members[0].service.municipalities[0]: not a municipality on 2020-06-01 "1238"
}
