"""The province administrator's screen for creating a portal (the same step as
`manage.py create_portal`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from .provisioning import create_portal, province_site


def can_create_portals(user) -> bool:
    return user.is_active and (
        user.is_superuser or user.has_perm("wagtailcore.add_site")
    )


class PortalForm(forms.Form):
    hostname = forms.CharField(
        label="Tên miền",
        max_length=253,
        help_text="Ví dụ xa-an-phu.tinh.gov.vn (hoặc xa-an-phu.localhost để thử).",
    )
    name = forms.CharField(
        label="Tên cổng thông tin", max_length=200, help_text="Ví dụ: Xã An Phú."
    )
    unit = forms.CharField(
        label="Đơn vị chủ quản",
        max_length=255,
        required=False,
        help_text="Ví dụ: Ủy ban nhân dân xã An Phú.",
    )
    parent = forms.ModelChoiceField(
        label="Thuộc cổng cấp tỉnh",
        queryset=Site.objects.none(),
        required=False,
        empty_label="Không (đây là cổng cấp tỉnh)",
        help_text="Cổng của một xã, phường thuộc cổng của tỉnh.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["parent"]
        field.queryset = Site.objects.filter(
            portalsettings__parent__isnull=True
        ).order_by("-is_default_site", "site_name")
        field.label_from_instance = lambda site: (
            f"{site.site_name or site.hostname} ({site.hostname})"
        )
        field.initial = province_site()


class CreatePortalView(WagtailAdminTemplateMixin, FormView):
    form_class = PortalForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = "Tạo cổng thông tin"
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_create_portals(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("portal_create"),
            submit_button_label="Tạo cổng",
            submit_button_active_label="Đang tạo…",
            **kwargs,
        )

    def form_valid(self, form):
        try:
            portal = create_portal(
                hostname=form.cleaned_data["hostname"],
                name=form.cleaned_data["name"],
                unit=form.cleaned_data["unit"],
                parent=form.cleaned_data["parent"],
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                for error in errors:
                    form.add_error(field, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"Đã tạo cổng “{portal.site.site_name}” ở {portal.site.hostname}, "
            "với ba nhóm biên tập và quy trình duyệt riêng.",
        )
        return redirect("wagtailadmin_explore", portal.home.pk)
