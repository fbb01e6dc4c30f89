use super::*;

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(String::from).collect()
}

#[test]
fn the_embedded_table_parses_and_holds_azs_flags() {
    let create = command("aks create").expect("aks create");
    assert!(create.args.len() > 200, "{}", create.args.len());
    let zones = create
        .args
        .iter()
        .find(|a| a.options.contains(&"--zones".to_string()))
        .expect("--zones");
    assert_eq!(zones.arity(), Arity::AtLeastOne);
    assert!(group("aks nodepool").is_some());
    assert!(command("emulator start").is_none());
}

#[test]
fn exact_prefix_and_ambiguous_as_argparse() {
    let add = command("aks nodepool add").unwrap();
    let option = |w| match add.resolve(w) {
        Resolved::Option { option, .. } => option.to_string(),
        other => format!("{other:?}"),
    };
    assert_eq!(option("--resource-gr"), "--resource-group");
    assert_eq!(option("-g"), "-g");
    assert_eq!(option("--cluster-name=c"), "--cluster-name");
    assert_eq!(option("-gRG"), "-g");
    match add.resolve("--no") {
        Resolved::Ambiguous(could) => assert_eq!(
            could.join(", "),
            "--nodepool-name, --node-vm-size, --node-public-ip-prefix-id, --node-count, \
             --node-taints, --node-osdisk-type, --node-osdisk-size, --node-soak-duration, \
             --node-public-ip-tags, --no-wait"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(add.resolve("--bogus"), Resolved::Unknown);
    assert_eq!(add.resolve("-5"), Resolved::Value);
    assert_eq!(add.resolve("-"), Resolved::Value);
    assert_eq!(add.resolve("80/tcp"), Resolved::Value);
}

#[test]
fn values_are_taken_by_azs_nargs() {
    let create = command("aks create").unwrap();
    let line =
        words("aks create -g rg --zones 1 2 3 -n c --tags a=b c=d --no-wait --node-vm-size=X");
    let reading = create.read(&line, &["aks", "create"]);
    let seen: Vec<String> = reading
        .options
        .iter()
        .map(|g| format!("{}:{}", g.option, g.values.join(",")))
        .collect();
    assert_eq!(
        seen,
        [
            "-g:rg",
            "--zones:1,2,3",
            "-n:c",
            "--tags:a=b,c=d",
            "--no-wait:",
            "--node-vm-size:X"
        ]
    );
    assert!(reading.ambiguous.is_none());
    assert!(reading.unrecognized.is_empty());
}

#[test]
fn an_ambiguous_word_anywhere_is_found_first() {
    let create = command("aks create").unwrap();
    let reading = create.read(
        &words("aks create --bogus -g rg --node-p x"),
        &["aks", "create"],
    );
    let (word, could) = reading.ambiguous.expect("ambiguous");
    assert_eq!(word, "--node-p");
    assert_eq!(
        could.join(", "),
        "--node-public-ip-prefix-id, --node-public-ip-tags, --node-provisioning-mode, \
         --node-provisioning-default-pools"
    );
    assert_eq!(reading.unrecognized, ["--bogus", "--node-p", "x"]);
    let stray = create.read(
        &words("aks create -g rg x --aci-subnet-name a b"),
        &["aks", "create"],
    );
    assert_eq!(stray.unrecognized, ["x", "b"]);
}
