//! Request bodies per resource type, built from validated specs (az 2.91 bodies).
