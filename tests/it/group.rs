use crate::common::Sandbox;

#[test]
fn group_create_rejects_a_bad_name_before_sending_anything() {
    let sb = Sandbox::new();
    let out = sb
        .azr()
        .args(["group", "create", "-n", "bad name!", "-l", "eastus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: --name 'bad name!' is not a valid resource group name: it must be 1-90 characters of letters, digits, '_', '-', '.', '(' or ')', and must not end with '.'\n"
    );
}
