"""The REST API (``/api/v1/``): one class per operation, each parsing input, checking access
through ``cases.selectors`` and calling ``cases.services``."""

from __future__ import annotations

from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import APIException, NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cases import selectors, services
from cases.models import CaseStatus
from cases.roles import is_integration
from cases.serializers import (
    CaseSerializer,
    CaseUpdateSerializer,
    CustomerSerializer,
    ErrorSerializer,
    InteractionInputSerializer,
    InteractionSerializer,
    TimelineEntrySerializer,
    TimelinePageSerializer,
)

ERRORS = {
    400: OpenApiResponse(OpenApiTypes.OBJECT, description="Invalid input, field by field."),
    401: OpenApiResponse(ErrorSerializer, description="Missing, wrong or revoked API key."),
    403: OpenApiResponse(ErrorSerializer, description="Your role does not allow this."),
    413: OpenApiResponse(ErrorSerializer, description="Body over the configured limit."),
}
NOT_FOUND = {404: OpenApiResponse(ErrorSerializer, description="No such object visible to you.")}


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "idempotency_conflict"


def _acting_user(request: Request):  # noqa: ANN202
    """The person acting, or None for an integration (its source names it on the entry)."""
    return None if is_integration(request.user) else request.user


def _raise_as_validation_error(error: services.CaseError) -> None:
    raise ValidationError({error.field or "non_field_errors": [error.message]}, code=error.code)


class InteractionCreateApi(APIView):
    @extend_schema(
        operation_id="interactions_create",
        request=InteractionInputSerializer,
        responses={
            201: InteractionSerializer,
            200: OpenApiResponse(InteractionSerializer, description="A retry: the original."),
            409: OpenApiResponse(
                ErrorSerializer, description="Same source and external_id, different body."
            ),
            **ERRORS,
        },
        summary="Record an interaction from a channel system (webhook)",
    )
    def post(self, request: Request) -> Response:
        data = InteractionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        case = self._target_case(request, fields.get("case_id"))
        customer = fields["customer"]
        try:
            recorded = services.record_interaction(
                customer=services.CustomerRef(
                    email=customer.get("email", ""),
                    phone=customer.get("phone", ""),
                    external_id=customer.get("external_id", ""),
                    namespace=fields["source"],
                    name=customer.get("name", ""),
                    language=customer.get("language", ""),
                ),
                channel=fields["channel"],
                direction=fields["direction"],
                text=fields.get("text", ""),
                summary=fields.get("summary", ""),
                occurred_at=fields.get("occurred_at"),
                duration_seconds=fields.get("duration_seconds"),
                source=fields["source"],
                external_id=fields.get("external_id", ""),
                case=case,
                subject=fields.get("subject", ""),
                team=fields.get("team"),
                author=_acting_user(request),
            )
        except services.IdempotencyConflict as conflict:
            raise Conflict(conflict.message) from None
        except services.CaseError as error:
            _raise_as_validation_error(error)
        body = InteractionSerializer(
            recorded.interaction,
            context={"created": recorded.created, "tone_alert": recorded.tone_alert},
        )
        return Response(body.data, status=201 if recorded.created else 200)

    @staticmethod
    def _target_case(request: Request, case_id: int | None):  # noqa: ANN205
        if case_id is None:
            return None
        try:
            return selectors.access_case(request.user, case_id)
        except Http404:
            raise ValidationError({"case_id": [_("No such case.")]}, code="not_found") from None


class CaseCursorPagination(CursorPagination):
    ordering = "-id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def decode_cursor(self, request: Request):  # noqa: ANN201
        # DRF answers a garbled cursor with 404; it is bad input, so 400.
        try:
            return super().decode_cursor(request)
        except NotFound:
            raise ValidationError({"cursor": [_("Invalid cursor.")]}) from None


class CaseFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=CaseStatus.choices, required=False)
    team = serializers.SlugField(required=False)
    owner = serializers.IntegerField(required=False, min_value=1, max_value=selectors.MAX_ID)
    customer = serializers.IntegerField(required=False, min_value=1, max_value=selectors.MAX_ID)


@extend_schema(
    parameters=[
        OpenApiParameter("status", enum=CaseStatus.values),
        OpenApiParameter("team", str, description="Team slug"),
        OpenApiParameter("owner", int, description="Owner's user id"),
        OpenApiParameter("customer", int, description="Customer id"),
        OpenApiParameter("cursor", str, description="The `next` link's cursor."),
        OpenApiParameter("page_size", int, description="Cases per page, up to 200 (50)."),
    ],
    responses={200: CaseSerializer(many=True), **ERRORS},
)
class CaseListApi(generics.ListAPIView):
    serializer_class = CaseSerializer
    pagination_class = CaseCursorPagination

    def get_queryset(self):  # noqa: ANN201
        filters = CaseFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        wanted = filters.validated_data
        cases = selectors.list_cases(self.request.user)
        if "status" in wanted:
            cases = cases.filter(status=wanted["status"])
        if "team" in wanted:
            cases = cases.filter(team__slug=wanted["team"])
        if "owner" in wanted:
            cases = cases.filter(owner_id=wanted["owner"])
        if "customer" in wanted:
            cases = cases.filter(customer_id=wanted["customer"])
        return cases


class CaseDetailApi(APIView):
    @extend_schema(responses={200: CaseSerializer, **ERRORS, **NOT_FOUND})
    def get(self, request: Request, case_id: int) -> Response:
        case = selectors.access_case(request.user, case_id)
        return Response(CaseSerializer(case).data)

    @extend_schema(
        request=CaseUpdateSerializer,
        responses={200: CaseSerializer, **ERRORS, **NOT_FOUND},
        summary="Change a case's status and/or owner",
    )
    def patch(self, request: Request, case_id: int) -> Response:
        case = selectors.access_case(request.user, case_id)
        data = CaseUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = data.validated_data
        try:
            services.update_case(
                case,
                actor=_acting_user(request),
                note=changes.get("note", ""),
                **{key: changes[key] for key in ("status", "owner") if key in changes},
            )
        except services.CaseError as error:
            _raise_as_validation_error(error)
        return Response(CaseSerializer(selectors.access_case(request.user, case_id)).data)


class CustomerDetailApi(APIView):
    @extend_schema(responses={200: CustomerSerializer, **ERRORS, **NOT_FOUND})
    def get(self, request: Request, customer_id: int) -> Response:
        customer = selectors.access_customer(request.user, customer_id)
        customer.contact_counts = selectors.get_contact_counts(customer)
        return Response(CustomerSerializer(customer).data)


class TimelineApi(APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("cursor", str, description="The `next` link's cursor."),
            OpenApiParameter("limit", int, description="Entries per page, 1 to 200 (50)."),
        ],
        responses={200: TimelinePageSerializer, **ERRORS, **NOT_FOUND},
        summary="The customer's whole story, newest first, across cases and channels",
    )
    def get(self, request: Request, customer_id: int) -> Response:
        customer = selectors.access_customer(request.user, customer_id)
        paging = TimelineQuerySerializer(data=request.query_params)
        paging.is_valid(raise_exception=True)
        try:
            page = selectors.list_customer_timeline(
                customer,
                cursor=paging.validated_data.get("cursor"),
                limit=paging.validated_data["limit"],
            )
        except selectors.InvalidCursor:
            raise ValidationError({"cursor": [_("Invalid cursor.")]}) from None
        next_url = None
        if page.next_cursor:
            query = request.query_params.copy()
            query["cursor"] = page.next_cursor
            next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
        entries = TimelineEntrySerializer(page.entries, many=True).data
        return Response({"results": entries, "next": next_url})


class TimelineQuerySerializer(serializers.Serializer):
    cursor = serializers.CharField(required=False, max_length=200)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=200, default=50)


@csrf_exempt  # it changes nothing, and a CSRF 403 would hide the real answer
def not_found(request, *args, **kwargs) -> JsonResponse:  # noqa: ANN001
    return JsonResponse({"detail": _("Not found."), "code": "not_found"}, status=404)
