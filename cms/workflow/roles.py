"""The newsroom's editorial roles and its default workflow, by name.

The data migration (0002) creates these groups, tasks and the workflow with the
same literal names: a migration must keep doing what it did when it was written,
so it does not import this module. The tests check that the two agree.
"""

REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
LEADER = "Lãnh đạo"
ADMINISTRATOR = "Quản trị"

ROLES = (REPORTER, EDITOR, LEADER, ADMINISTRATOR)

WORKFLOW = "Duyệt tin hai cấp"
EDITOR_TASK = "Biên tập duyệt"
LEADER_TASK = "Lãnh đạo duyệt"

# Gates Wagtail's site-wide history report (the audit log): see middleware.py.
VIEW_AUDIT_LOG = "workflow.view_audit_log"
