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

# What each role may do with the pages of its portal (Wagtail's page permission
# actions), and with the images and documents of its collection ("add" also
# lets a user edit and delete what they uploaded themselves). The migration
# grants the province's groups the same on every portal home page and the root
# collection; cms/portal/provisioning.py grants a commune's groups these on its
# own home page and collection.
PAGE_ACTIONS = {
    REPORTER: ["add"],
    EDITOR: ["add", "change"],
    LEADER: ["add", "change", "lock", "publish", "unlock"],
}
COLLECTION_ACTIONS = {
    REPORTER: ["add", "choose"],
    EDITOR: ["add", "change", "choose"],
    LEADER: ["add", "change", "choose", "delete"],
    ADMINISTRATOR: ["add", "change", "choose", "delete"],
}

# Gates Wagtail's site-wide history report (the audit log): see middleware.py.
VIEW_AUDIT_LOG = "workflow.view_audit_log"
