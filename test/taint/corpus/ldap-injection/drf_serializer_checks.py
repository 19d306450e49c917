"""REST framework serializers: validated fields of a closed type or passed by validate_<field> are checked."""
import re

from ldap3 import Connection, Server
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

UID = re.compile(r"[a-z][a-z0-9._-]{1,31}")
conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
BASE = "ou=people,dc=example,dc=com"


def require_uid(value):
    if not UID.fullmatch(value):
        raise ValidationError("bad uid")
    return value


class LookupSerializer(serializers.Serializer):
    uid = serializers.CharField(max_length=32)
    employee_no = serializers.IntegerField(min_value=1)
    team = serializers.ChoiceField(choices=["ops", "dev"])
    note = serializers.CharField()

    def validate_uid(self, value):
        return require_uid(value)


class PeopleViewSet(viewsets.ViewSet):
    def list(self, request):
        serializer = LookupSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        conn.search(BASE, f"(uid={data['uid']})")
        conn.search(BASE, f"(employeeNumber={data['employee_no']})")
        conn.search(BASE, f"(ou={serializer.validated_data['team']})")
        conn.search(BASE, f"(description={data['note']})")  # expect: PW-LDAP-INJECTION:9
        return Response(conn.entries)
