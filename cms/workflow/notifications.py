"""Email notifications beyond Wagtail's own.

Wagtail already mails the next approvers when a step starts, and the author when
the workflow is approved or changes are requested (with Vietnamese text from
templates/wagtailadmin/notifications/). What it does not do is tell the author
that the first step passed; this module adds that mail.
"""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_approved


class StepApprovedAuthorNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """Tells whoever submitted an article that a step approved it and which step
    comes next. The final approval has its own mail (workflow_state_approved)."""

    notification = "approved"

    def get_recipient_users(self, task_state, **kwargs):
        workflow_state = task_state.workflow_state
        if workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
            return set()
        requested_by = workflow_state.requested_by
        if requested_by is None or requested_by == kwargs.get("user"):
            return set()
        return {requested_by}

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        workflow_state = task_state.workflow_state
        context["workflow"] = workflow_state.workflow
        context["task_state"] = task_state
        context["comment"] = task_state.get_comment()
        next_state = workflow_state.current_task_state
        context["next_task"] = next_state.task if next_state else None
        return context


step_approved_author_notifier = StepApprovedAuthorNotifier()


def connect() -> None:
    task_approved.connect(
        step_approved_author_notifier,
        sender=TaskState,
        dispatch_uid="cms.workflow.step_approved_author_notification",
    )
