"""schemathesis generates requests from the OpenAPI schema for every API
operation: none may end in a server error. (Its strategies are driven by
Hypothesis directly; its pytest fixture integration predates pytest 9.)"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from xietong.store import Store
from xietong.web.app import create_app
from xietong.web.settings import Settings


def test_no_operation_ends_in_a_server_error(bundled: Store) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(db=bundled.url)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call()
            assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])

        check()
