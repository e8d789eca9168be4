"""The province administrator's screens: the portals, creating one (the same
step as `manage.py create_portal`), renaming, moving or closing one (as
`manage.py close_portal`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, Site

from . import proposals
from .lifecycle import change_host, close_portal, rename_portal, reopen_portal
from .models import NewsProposal, PortalSettings
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


class AdministratorOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_create_portals(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PortalListView(AdministratorOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "portal/portal_list.html"
    page_title = "Cổng thông tin"
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        sites = Site.objects.select_related("portalsettings").order_by(
            "-is_default_site", "site_name", "hostname"
        )
        portals = []
        for site in sites:
            settings = getattr(site, "portalsettings", None) or PortalSettings(
                site=site
            )
            portals.append({"site": site, "settings": settings})
        # The province first, then its communes.
        portals.sort(key=lambda portal: not portal["settings"].is_province)
        return super().get_context_data(
            portals=portals, create_url=reverse("portal_create"), **kwargs
        )


OPEN, GONE, REDIRECT = "open", "gone", "redirect"


class PortalEditForm(forms.Form):
    name = forms.CharField(label="Tên cổng thông tin", max_length=200)
    hostname = forms.CharField(
        label="Tên miền",
        max_length=253,
        help_text="Đổi tên miền thì địa chỉ cũ không còn trả lời cho cổng này.",
    )
    state = forms.ChoiceField(
        label="Tình trạng",
        widget=forms.RadioSelect,
        choices=[
            (OPEN, "Đang hoạt động"),
            (GONE, "Đã đóng: địa chỉ của cổng trả lời “đã ngừng hoạt động” (410)"),
            (REDIRECT, "Đã đóng: chuyển bạn đọc tới địa chỉ dưới đây (301)"),
        ],
        help_text="Đóng cổng không xóa gì: bài viết, ảnh và tài khoản vẫn còn, "
        "biên tập viên vẫn thấy trong trang quản trị; bạn đọc và API thì không.",
    )
    redirect_url = forms.URLField(
        label="Chuyển tới",
        required=False,
        assume_scheme="https",
        help_text="Ví dụ: https://tinh.gov.vn/ (chỉ khi chọn chuyển hướng).",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("state") == REDIRECT and not cleaned.get("redirect_url"):
            self.add_error("redirect_url", "Nhập địa chỉ chuyển tới.")
        return cleaned


class EditPortalView(AdministratorOnlyMixin, WagtailAdminTemplateMixin, FormView):
    form_class = PortalEditForm
    template_name = "wagtailadmin/generic/form.html"
    header_icon = "site"

    def setup(self, request, *args, site_id, **kwargs):
        super().setup(request, *args, **kwargs)
        self.site = get_object_or_404(Site, pk=site_id)
        self.settings = PortalSettings.for_site(self.site)

    def get_page_title(self):
        return f"Sửa cổng “{self.site.site_name or self.site.hostname}”"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("portal_list"), "label": "Cổng thông tin"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_initial(self):
        if not self.settings.is_closed:
            state = OPEN
        else:
            state = REDIRECT if self.settings.redirect_url else GONE
        return {
            "name": self.site.site_name or self.settings.name,
            "hostname": self.site.hostname,
            "state": state,
            "redirect_url": self.settings.redirect_url,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("portal_edit", args=[self.site.pk]),
            submit_button_label="Lưu",
            submit_button_active_label="Đang lưu…",
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            with transaction.atomic():
                rename_portal(self.site, data["name"])
                change_host(self.site, data["hostname"])
                if data["state"] == OPEN:
                    reopen_portal(self.site)
                else:
                    redirect_url = (
                        data["redirect_url"] if data["state"] == REDIRECT else ""
                    )
                    close_portal(self.site, redirect_url=redirect_url)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                for error in errors:
                    form.add_error(field if field in form.fields else None, error)
            return self.form_invalid(form)
        messages.success(self.request, f"Đã lưu cổng “{self.site.site_name}”.")
        return redirect("portal_list")


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


# News flowing up ---------------------------------------------------------------


class ProposeView(WagtailAdminTemplateMixin, TemplateView):
    """An article's "Đề xuất lên cổng tỉnh": its state, and the button."""

    template_name = "portal/propose.html"
    header_icon = "upload"
    page_title = "Đề xuất lên cổng tỉnh"

    def setup(self, request, *args, page_id, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=page_id).specific

    def dispatch(self, request, *args, **kwargs):
        # Only who may propose it sees it: nothing of another portal's pages.
        if not proposals.can_propose(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        portal = proposals.site_of(self.page)
        province = proposals.province_of(portal)
        proposal = NewsProposal.objects.filter(
            page=self.page, province=province
        ).first()
        return super().get_context_data(
            page=self.page,
            province=province,
            proposal=proposal,
            can_propose_now=proposal is None
            or proposal.status == NewsProposal.DECLINED,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        try:
            proposals.propose(self.page, request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Đã đề xuất “{self.page.title}” lên cổng tỉnh.")
        return redirect("portal_propose", self.page.pk)


class ProposalListView(WagtailAdminTemplateMixin, TemplateView):
    """Tin đề xuất lên tỉnh: the province's editors accept or decline what
    communes sent; a commune's people follow what theirs sent."""

    template_name = "portal/proposals.html"
    header_icon = "upload"
    page_title = "Tin đề xuất lên tỉnh"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        user = self.request.user
        provinces = proposals.decidable_provinces(user)
        visible = proposals.visible_proposals(user).order_by("-proposed_at")
        pending = [
            p
            for p in visible
            if p.status == NewsProposal.PENDING and p.province in provinces
        ]
        others = [p for p in visible if p not in pending]
        return super().get_context_data(pending=pending, others=others, **kwargs)


class DecideProposalView(WagtailAdminTemplateMixin, TemplateView):
    accept = True
    http_method_names = ["post"]

    def post(self, request, proposal_id):
        proposal = get_object_or_404(NewsProposal, pk=proposal_id)
        if not proposals.can_decide(request.user, proposal.province):
            raise PermissionDenied
        reason = request.POST.get("reason", "")[:2000]
        try:
            proposals.decide(proposal, request.user, self.accept, reason)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            verb = "Đã nhận" if self.accept else "Đã không nhận"
            messages.success(request, f"{verb} bài “{proposal.page.title}”.")
        return redirect("portal_proposals")
