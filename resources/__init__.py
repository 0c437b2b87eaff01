"""Package data of Casekeeper (casekeeper.resources): read with casekeeper.db.resources_dir."""
