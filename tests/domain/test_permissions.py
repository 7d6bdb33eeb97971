import pytest

from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.permissions import Action, may, require
from desktop_crm.domain.roles import Role

QUERY_ROLES = {Role.CUSTODIAN, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE, Role.MANAGER}


@pytest.mark.parametrize("role", list(Role))
def test_only_the_four_roles_of_the_rules_may_query(role):
    assert may(role, Action.QUERY_ARCHIVE) == (role in QUERY_ROLES)


@pytest.mark.parametrize("role", list(Role))
def test_only_the_custodian_keeps_cards_and_accounts(role):
    for action in (Action.EDIT_CARDS, Action.FILE_PAPERS, Action.MANAGE_USERS):
        assert may(role, action) == (role == Role.CUSTODIAN)


def test_refusal_names_the_role_in_chinese():
    with pytest.raises(PermissionDenied, match="业务员"):
        require(Role.SALES, Action.QUERY_ARCHIVE)
