//! `fieldValidation=Strict` (kubectl's default): a Deployment with a field its type does not
//! have is refused as the API server refuses it, naming every unknown field.

use serde_json::Value;

const DEPLOYMENT: &[&str] = &["apiVersion", "kind", "metadata", "spec", "status"];
const OBJECT_META: &[&str] = &[
    "annotations",
    "creationTimestamp",
    "deletionGracePeriodSeconds",
    "deletionTimestamp",
    "finalizers",
    "generateName",
    "generation",
    "labels",
    "managedFields",
    "name",
    "namespace",
    "ownerReferences",
    "resourceVersion",
    "selfLink",
    "uid",
];
const DEPLOYMENT_SPEC: &[&str] = &[
    "minReadySeconds",
    "paused",
    "progressDeadlineSeconds",
    "replicas",
    "revisionHistoryLimit",
    "selector",
    "strategy",
    "template",
];
const LABEL_SELECTOR: &[&str] = &["matchExpressions", "matchLabels"];
const TEMPLATE: &[&str] = &["metadata", "spec"];
const POD_SPEC: &[&str] = &[
    "activeDeadlineSeconds",
    "affinity",
    "automountServiceAccountToken",
    "containers",
    "dnsConfig",
    "dnsPolicy",
    "enableServiceLinks",
    "ephemeralContainers",
    "hostAliases",
    "hostIPC",
    "hostNetwork",
    "hostPID",
    "hostUsers",
    "hostname",
    "imagePullSecrets",
    "initContainers",
    "nodeName",
    "nodeSelector",
    "os",
    "overhead",
    "preemptionPolicy",
    "priority",
    "priorityClassName",
    "readinessGates",
    "resourceClaims",
    "resources",
    "restartPolicy",
    "runtimeClassName",
    "schedulerName",
    "schedulingGates",
    "securityContext",
    "serviceAccount",
    "serviceAccountName",
    "setHostnameAsFQDN",
    "shareProcessNamespace",
    "subdomain",
    "terminationGracePeriodSeconds",
    "tolerations",
    "topologySpreadConstraints",
    "volumes",
];
const CONTAINER: &[&str] = &[
    "args",
    "command",
    "env",
    "envFrom",
    "image",
    "imagePullPolicy",
    "lifecycle",
    "livenessProbe",
    "name",
    "ports",
    "readinessProbe",
    "resizePolicy",
    "resources",
    "restartPolicy",
    "securityContext",
    "startupProbe",
    "stdin",
    "stdinOnce",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "tty",
    "volumeDevices",
    "volumeMounts",
    "workingDir",
];
const PORT: &[&str] = &["containerPort", "hostIP", "hostPort", "name", "protocol"];
const ENV: &[&str] = &["name", "value", "valueFrom"];

fn check(v: Option<&Value>, known: &[&str], at: &str, out: &mut Vec<String>) {
    let Some(Value::Object(m)) = v else { return };
    for k in m.keys() {
        if !known.contains(&k.as_str()) {
            let path = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            out.push(format!("unknown field \"{path}\""));
        }
    }
}

fn each(v: Option<&Value>) -> impl Iterator<Item = (usize, &Value)> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// The unknown fields of a Deployment, as the API server lists them; empty when none.
pub fn unknown_fields(d: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(Some(d), DEPLOYMENT, "", &mut out);
    check(d.get("metadata"), OBJECT_META, "metadata", &mut out);
    check(d.get("spec"), DEPLOYMENT_SPEC, "spec", &mut out);
    check(
        d.pointer("/spec/selector"),
        LABEL_SELECTOR,
        "spec.selector",
        &mut out,
    );
    check(
        d.pointer("/spec/template"),
        TEMPLATE,
        "spec.template",
        &mut out,
    );
    check(
        d.pointer("/spec/template/metadata"),
        OBJECT_META,
        "spec.template.metadata",
        &mut out,
    );
    let spec = d.pointer("/spec/template/spec");
    check(spec, POD_SPEC, "spec.template.spec", &mut out);
    for list in ["initContainers", "containers"] {
        for (i, c) in each(spec.and_then(|s| s.get(list))) {
            let at = format!("spec.template.spec.{list}[{i}]");
            check(Some(c), CONTAINER, &at, &mut out);
            for (j, p) in each(c.get("ports")) {
                check(Some(p), PORT, &format!("{at}.ports[{j}]"), &mut out);
            }
            for (j, e) in each(c.get("env")) {
                check(Some(e), ENV, &format!("{at}.env[{j}]"), &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_each_unknown_field() {
        let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
        "spec": {"replica": 2, "template": {"spec": {"containers": [
            {"name": "c", "image": "i", "ports": [{"containerPort": 80, "hostport": 1}], "bogus": 1}
        ]}}}});
        assert_eq!(
            unknown_fields(&d),
            vec![
                "unknown field \"spec.replica\"",
                "unknown field \"spec.template.spec.containers[0].bogus\"",
                "unknown field \"spec.template.spec.containers[0].ports[0].hostport\"",
            ]
        );
    }
}
