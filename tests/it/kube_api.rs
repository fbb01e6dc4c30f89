//! `aks get-credentials` and each cluster's Kubernetes API on `azr emulator start` (issue 13):
//! the kubeconfig azr writes (merge rules, messages, mode), then the API it names, reached
//! with plain HTTPS requests (first tier) and with the real kubectl and az (external tier).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use super::common::{az_peer_sh, az_venv, require_tool};
use super::emulator_server::{Server, client_azr, register_and_login};

const KUBECTL: &str = "/usr/bin/kubectl";

/// A server with a cluster `c` in `rg` (two nodes with public IPs) and the host-port preview
/// registered; azr logged in under `dir/azr`.
struct Cluster {
    s: Server,
    tmp: tempfile::TempDir,
}

impl Cluster {
    fn new() -> Cluster {
        let tmp = tempfile::tempdir().unwrap();
        let s = Server::start(&["--operation-ms", "0"]);
        register_and_login(&s, tmp.path(), "azr", "kube-secret");
        let c = Cluster { s, tmp };
        for args in [
            &["group", "create", "-n", "rg", "-l", "eastus", "-o", "none"][..],
            &[
                "aks",
                "create",
                "-g",
                "rg",
                "-n",
                "c",
                "-c",
                "2",
                "--enable-node-public-ip",
                "--no-ssh-key",
                "-o",
                "none",
            ],
            &[
                "feature",
                "register",
                "--namespace",
                "Microsoft.ContainerService",
                "--name",
                "PodHostPortAutoAssignPreview",
                "-o",
                "none",
            ],
            &[
                "provider",
                "register",
                "--namespace",
                "Microsoft.ContainerService",
            ],
        ] {
            c.ok(args);
        }
        c
    }

    fn dir(&self) -> &Path {
        self.tmp.path()
    }

    fn azr(&self, args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_azr"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir().join("home"))
            .env("AZR_CONFIG_DIR", self.dir().join("azr"))
            .env("REQUESTS_CA_BUNDLE", self.s.ca())
            .args(args)
            .output()
            .expect("run azr")
    }

    fn ok(&self, args: &[&str]) -> std::process::Output {
        let none: &[(&str, &str)] = &[];
        client_azr(&self.s.ca(), self.dir(), "azr", args, none)
    }

    /// `aks get-credentials -g rg -n c` into `file`, plus `extra`.
    fn credentials(&self, file: &Path, extra: &[&str]) -> std::process::Output {
        let mut args = vec!["aks", "get-credentials", "-g", "rg", "-n", "c", "--file"];
        args.push(file.to_str().unwrap());
        args.extend_from_slice(extra);
        self.azr(&args)
    }
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn yaml(path: &Path) -> Value {
    yaml_serde::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The server URL, token and CA of the kubeconfig's current context.
struct Access {
    server: String,
    token: String,
    client: reqwest::Client,
}

fn access(kubeconfig: &Value) -> Access {
    use base64::Engine;
    let ctx = kubeconfig["current-context"].as_str().unwrap();
    let context = kubeconfig["contexts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == ctx)
        .unwrap();
    let cluster = kubeconfig["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == context["context"]["cluster"])
        .unwrap();
    let user = kubeconfig["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == context["context"]["user"])
        .unwrap();
    let ca = base64::engine::general_purpose::STANDARD
        .decode(
            cluster["cluster"]["certificate-authority-data"]
                .as_str()
                .unwrap(),
        )
        .unwrap();
    Access {
        server: cluster["cluster"]["server"].as_str().unwrap().to_string(),
        token: user["user"]["token"].as_str().unwrap().to_string(),
        client: reqwest::Client::builder()
            .tls_certs_only([reqwest::Certificate::from_pem(&ca).unwrap()])
            .build()
            .unwrap(),
    }
}

impl Access {
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<String>,
    ) -> (u16, Value) {
        let mut r = self
            .client
            .request(method, format!("{}{path}", self.server))
            .bearer_auth(&self.token);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        if let Some(b) = body {
            r = r.body(b);
        }
        let resp = r.send().await.expect("request");
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn get(&self, path: &str) -> (u16, Value) {
        self.call(reqwest::Method::GET, path, &[], None).await
    }
}

fn echo_json() -> String {
    let v: Value = yaml_serde::from_str(azr::demo::ECHO_YAML).unwrap();
    v.to_string()
}

#[tokio::test]
async fn get_credentials_writes_az_kubeconfigs_and_merges_them_as_az_does() {
    let c = Cluster::new();
    let kube = c.dir().join("home/.kube/config");
    // Default path, created with its directory, mode 0600, az's line on stderr.
    let out = c.ok(&["aks", "get-credentials", "-g", "rg", "-n", "c"]);
    assert_eq!(
        stderr(&out),
        format!(
            "WARNING: Merged \"c\" as current context in {}\n",
            kube.display()
        )
    );
    assert!(out.stdout.is_empty());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&kube).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let cfg = yaml(&kube);
    assert_eq!(cfg["current-context"], "c");
    assert_eq!(cfg["contexts"][0]["context"]["user"], "clusterUser_rg_c");
    let server = cfg["clusters"][0]["cluster"]["server"].as_str().unwrap();
    assert!(
        server.starts_with(&format!("{}/k8s/", c.s.base())),
        "{server}"
    );

    // --admin: another user, the context renamed `c-admin` and made current; same cluster.
    let out = c.ok(&["aks", "get-credentials", "-g", "rg", "-n", "c", "-a"]);
    assert!(stderr(&out).contains("Merged \"c-admin\" as current context"));
    let cfg = yaml(&kube);
    let names = |key: &str| -> Vec<String> {
        cfg[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("contexts"), ["c", "c-admin"]);
    assert_eq!(names("users"), ["clusterUser_rg_c", "clusterAdmin_rg_c"]);
    assert_eq!(names("clusters"), ["c"]);
    assert_eq!(cfg["current-context"], "c-admin");

    // --context names context and cluster; KUBECONFIG's first entry is the default file.
    let other = c.dir().join("other.yaml");
    let out = Command::new(env!("CARGO_BIN_EXE_azr"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", c.dir().join("home"))
        .env("AZR_CONFIG_DIR", c.dir().join("azr"))
        .env("REQUESTS_CA_BUNDLE", c.s.ca())
        .env("KUBECONFIG", format!("{}:/nonexistent", other.display()))
        .args([
            "aks",
            "get-credentials",
            "-g",
            "rg",
            "-n",
            "c",
            "--context",
            "dev",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let cfg = yaml(&other);
    assert_eq!(cfg["current-context"], "dev");
    assert_eq!(cfg["clusters"][0]["name"], "dev");
    assert_eq!(cfg["contexts"][0]["context"]["cluster"], "dev");

    // An entry of the same name that differs is refused, the file left as it was.
    let file = c.dir().join("kc");
    c.credentials(&file, &[]);
    let edited = std::fs::read_to_string(&file)
        .unwrap()
        .replace("/k8s/", "/k8s-old/");
    std::fs::write(&file, &edited).unwrap();
    let out = c.credentials(&file, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "ERROR: A different object named c already exists in clusters in your kubeconfig file.\n"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), edited);
    let out = c.credentials(&file, &["--overwrite-existing"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("/k8s-old/")
    );

    // --file - prints the cluster's kubeconfig and writes nothing.
    let out = c.ok(&["aks", "get-credentials", "-g", "rg", "-n", "c", "-f", "-"]);
    let printed: Value = yaml_serde::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(printed["kind"], "Config");
    assert!(out.stderr.is_empty());

    // A directory: Python's error, nothing written. A missing cluster: az's 404, exit 3.
    let out = c.credentials(c.dir(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "ERROR: [Errno 21] Is a directory: '{}'\n",
            c.dir().display()
        )
    );
    let out = c.azr(&[
        "aks",
        "get-credentials",
        "-g",
        "rg",
        "-n",
        "nope",
        "-f",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("(ResourceNotFound)"),
        "{}",
        stderr(&out)
    );
    // --format with --admin: az's check, before any request.
    let out = c.azr(&[
        "aks",
        "get-credentials",
        "-g",
        "rg",
        "-n",
        "c",
        "-a",
        "--format",
        "exec",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "ERROR: --format can only be specified when requesting clusterUser credential.\n"
    );
}

#[tokio::test]
async fn the_api_serves_the_cluster_from_the_one_store() {
    let c = Cluster::new();
    let file = c.dir().join("kc");
    let out = c.credentials(&file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let api = access(&yaml(&file));

    // The token is checked: a wrong one gets the API server's 401 Status.
    let wrong = Access {
        token: "not-the-token".into(),
        server: api.server.clone(),
        client: api.client.clone(),
    };
    let (code, body) = wrong.get("/api/v1/pods").await;
    assert_eq!(code, 401);
    assert_eq!(body["kind"], "Status");
    assert_eq!(body["reason"], "Unauthorized");

    let (code, v) = api.get("/version").await;
    assert_eq!((code, v["gitVersion"].as_str()), (200, Some("v1.33.5")));
    let (_, apps) = api.get("/apis/apps/v1").await;
    assert!(
        apps["resources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "deployments")
    );

    // Nodes are the VMSS instances, with their public IPs as ExternalIP.
    let (_, nodes) = api.get("/api/v1/nodes").await;
    let ips = c.ok(&[
        "vmss",
        "list-instance-public-ips",
        "-g",
        "MC_rg_c_eastus",
        "--name",
        nodes["items"][0]["metadata"]["name"]
            .as_str()
            .unwrap()
            .trim_end_matches("000000"),
        "--query",
        "[].ipAddress",
        "-o",
        "tsv",
    ]);
    let ips: Vec<String> = String::from_utf8(ips.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let external: Vec<String> = nodes["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            n["status"]["addresses"]
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["type"] == "ExternalIP")
                .unwrap()["address"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(external, ips);

    // A Deployment POSTed makes pods with host ports from the one allocator.
    let json_ct = [("Content-Type", "application/json")];
    let (code, created) = api
        .call(
            reqwest::Method::POST,
            "/apis/apps/v1/namespaces/default/deployments?fieldValidation=Strict",
            &json_ct,
            Some(echo_json()),
        )
        .await;
    assert_eq!(code, 201, "{created}");
    assert_eq!(created["status"]["readyReplicas"], 3);
    let (_, pods) = api
        .get("/api/v1/namespaces/default/pods?labelSelector=app%3Dechoserver-hostport")
        .await;
    let pods = pods["items"].as_array().unwrap().clone();
    assert_eq!(pods.len(), 3);
    let mut ports = Vec::new();
    for p in &pods {
        let container = &p["spec"]["containers"][0];
        for port in container["ports"].as_array().unwrap() {
            let hp = port["hostPort"].as_u64().unwrap();
            assert!((40000..=59999).contains(&hp), "{hp}");
            ports.push(hp);
        }
        let env: Vec<&str> = container["env"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            env,
            [
                "echoserver-hostport_PORT_8080_TCP_HOSTPORT",
                "echoserver-hostport_PORT_8443_TCP_HOSTPORT"
            ]
        );
    }
    ports.sort();
    ports.dedup();
    assert_eq!(ports.len(), 6, "host ports are unique in the cluster");

    // The same pods through `aks command invoke` (one store).
    let out = c.ok(&[
        "aks",
        "command",
        "invoke",
        "-g",
        "rg",
        "-n",
        "c",
        "--command",
        "kubectl get pods -o name",
        "-o",
        "json",
        "--query",
        "logs",
    ]);
    let logs: String = serde_json::from_slice(&out.stdout).unwrap();
    for p in &pods {
        assert!(
            logs.contains(p["metadata"]["name"].as_str().unwrap()),
            "{logs}"
        );
    }

    // kubectl get's Table, wide columns at priority 1.
    let (code, table) = api
        .call(
            reqwest::Method::GET,
            "/api/v1/nodes",
            &[(
                "Accept",
                "application/json;as=Table;v=v1;g=meta.k8s.io,application/json",
            )],
            None,
        )
        .await;
    assert_eq!(code, 200);
    assert_eq!(table["kind"], "Table");
    let cols: Vec<(&str, u64)> = table["columnDefinitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap(), c["priority"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        &cols[..7],
        [
            ("Name", 0),
            ("Status", 0),
            ("Roles", 0),
            ("Age", 0),
            ("Version", 0),
            ("Internal-IP", 1),
            ("External-IP", 1)
        ]
    );
    assert_eq!(table["rows"][0]["cells"][6], json!(ips[0]));

    // Errors as the API server answers them.
    let (code, body) = api.get("/api/v1/widgets").await;
    assert_eq!((code, body["reason"].as_str()), (404, Some("NotFound")));
    let (code, body) = api
        .get("/apis/apps/v1/namespaces/default/deployments/nope")
        .await;
    assert_eq!(
        (code, body["message"].as_str()),
        (404, Some("deployments.apps \"nope\" not found"))
    );
    let mut invalid: Value = yaml_serde::from_str(azr::demo::ECHO_YAML).unwrap();
    invalid["metadata"]["name"] = json!("bad");
    invalid["spec"].as_object_mut().unwrap().remove("selector");
    let (code, body) = api
        .call(
            reqwest::Method::POST,
            "/apis/apps/v1/namespaces/default/deployments",
            &json_ct,
            Some(invalid.to_string()),
        )
        .await;
    assert_eq!(code, 422, "{body}");
    assert_eq!(
        body["details"]["causes"][0],
        json!({"reason": "FieldValueRequired", "message": "Required value", "field": "spec.selector"})
    );
    let mut unknown: Value = yaml_serde::from_str(azr::demo::ECHO_YAML).unwrap();
    unknown["metadata"]["name"] = json!("typo");
    unknown["spec"]["replica"] = json!(2);
    let (code, body) = api
        .call(
            reqwest::Method::POST,
            "/apis/apps/v1/namespaces/default/deployments?fieldValidation=Strict",
            &json_ct,
            Some(unknown.to_string()),
        )
        .await;
    assert_eq!(code, 400);
    assert_eq!(
        body["message"],
        "Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"spec.replica\""
    );
    let (code, _) = api
        .get("/apis/apps/v1/namespaces/default/deployments/bad")
        .await;
    assert_eq!(code, 404, "a refused object is not stored");

    // Scale through the subresource (merge patch), then delete: the pods and ports go.
    let (code, scale) = api
        .call(
            reqwest::Method::PATCH,
            "/apis/apps/v1/namespaces/default/deployments/echoserver-hostport/scale",
            &[("Content-Type", "application/merge-patch+json")],
            Some(r#"{"spec":{"replicas":1}}"#.into()),
        )
        .await;
    assert_eq!((code, scale["spec"]["replicas"].as_u64()), (200, Some(1)));
    let (_, pods) = api.get("/api/v1/pods").await;
    assert_eq!(pods["items"].as_array().unwrap().len(), 1);
    let (code, _) = api
        .call(
            reqwest::Method::DELETE,
            "/apis/apps/v1/namespaces/default/deployments/echoserver-hostport",
            &[],
            None,
        )
        .await;
    assert_eq!(code, 200);
    let (_, pods) = api.get("/api/v1/pods").await;
    assert_eq!(pods["items"], json!([]));
    let out = c.ok(&[
        "aks", "hostport", "check", "-g", "rg", "-n", "c", "-o", "json",
    ]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("echoserver"));

    // A Deployment in kubectl's protobuf (`kubectl create deployment web --image=nginx`).
    let (code, made) = api
        .call(
            reqwest::Method::POST,
            "/apis/apps/v1/namespaces/default/deployments",
            &[("Content-Type", "application/vnd.kubernetes.protobuf")],
            Some(protobuf_deployment("web", "nginx")),
        )
        .await;
    assert_eq!(code, 201, "{made}");
    assert_eq!(
        made["spec"]["template"]["spec"]["containers"][0]["image"],
        "nginx"
    );
    let (_, pods) = api
        .get("/api/v1/namespaces/default/pods?labelSelector=app%3Dweb")
        .await;
    assert_eq!(pods["items"].as_array().unwrap().len(), 1, "{pods}");

    // A bare pod: scheduled, host ports from the one allocator, seen by command invoke.
    let pod: Value = yaml_serde::from_str(BARE_POD).unwrap();
    let post = |body: String| {
        api.call(
            reqwest::Method::POST,
            "/api/v1/namespaces/default/pods",
            &[],
            Some(body),
        )
    };
    let (code, made) = post(pod.to_string()).await;
    assert_eq!(code, 201, "{made}");
    assert_eq!(made["status"]["phase"], "Running", "{made}");
    assert!(
        made["spec"]["nodeName"]
            .as_str()
            .unwrap()
            .starts_with("aks-nodepool1-")
    );
    let host_port = made["spec"]["containers"][0]["ports"][0]["hostPort"]
        .as_u64()
        .unwrap();
    assert_eq!(
        made["spec"]["containers"][0]["env"][0],
        json!({"name": "solo_PORT_8080_TCP_HOSTPORT", "value": host_port.to_string()})
    );
    let (code, again) = post(pod.to_string()).await;
    assert_eq!(
        (code, &again["reason"]),
        (409, &json!("AlreadyExists")),
        "{again}"
    );
    let (code, bad) =
        post(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "Bad"}}).to_string())
            .await;
    assert_eq!(
        (code, &bad["details"]["causes"][0]["field"]),
        (422, &json!("metadata.name")),
        "{bad}"
    );
    let out = c.ok(&[
        "aks",
        "command",
        "invoke",
        "-g",
        "rg",
        "-n",
        "c",
        "--command",
        "kubectl get pod solo",
        "-o",
        "json",
        "--query",
        "logs",
    ]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("solo "),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let check = c.ok(&[
        "aks", "hostport", "check", "-g", "rg", "-n", "c", "-o", "json",
    ]);
    assert!(String::from_utf8_lossy(&check.stdout).contains(&host_port.to_string()));
    // Its events, as `kubectl describe pod` asks for them.
    let (code, events) = api
        .get("/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dsolo%2CinvolvedObject.kind%3DPod")
        .await;
    assert_eq!(code, 200, "{events}");
    let seen: Vec<(&str, &str)> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["reason"].as_str().unwrap(),
                e["source"]["component"].as_str().unwrap(),
            )
        })
        .collect();
    let node = made["spec"]["nodeName"].as_str().unwrap();
    assert_eq!(
        seen,
        [
            ("Scheduled", "default-scheduler"),
            ("Pulled", "kubelet"),
            ("Created", "kubelet"),
            ("Started", "kubelet")
        ]
    );
    assert_eq!(
        events["items"][0]["message"],
        format!("Successfully assigned default/solo to {node}")
    );
    assert_eq!(
        events["items"][3]["involvedObject"]["fieldPath"],
        "spec.containers{echo}"
    );
    let (_, table) = api
        .call(
            reqwest::Method::GET,
            "/api/v1/namespaces/default/events",
            &[("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io")],
            None,
        )
        .await;
    let reasons: Vec<&str> = table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["cells"][2].as_str().unwrap())
        .collect();
    for r in [
        "ScalingReplicaSet",
        "SuccessfulCreate",
        "Scheduled",
        "Started",
    ] {
        assert!(reasons.contains(&r), "{r} in {reasons:?}");
    }
    let (code, _) = api
        .call(
            reqwest::Method::DELETE,
            "/api/v1/namespaces/default/pods/solo",
            &[],
            None,
        )
        .await;
    assert_eq!(code, 200);
    let (code, _) = api.get("/api/v1/namespaces/default/pods/solo").await;
    assert_eq!(code, 404);

    // Services: cluster IPs from the cluster's service CIDR, the API server's defaults.
    let svc = |name: &str, ip: Option<&str>| {
        let mut v: Value = yaml_serde::from_str(SERVICE).unwrap();
        v["metadata"]["name"] = json!(name);
        if let Some(ip) = ip {
            v["spec"]["clusterIP"] = json!(ip);
        }
        v.to_string()
    };
    let post = |body: String| {
        api.call(
            reqwest::Method::POST,
            "/api/v1/namespaces/default/services",
            &[],
            Some(body),
        )
    };
    let (code, a) = post(svc("echo", None)).await;
    assert_eq!(code, 201, "{a}");
    assert_eq!(a["spec"]["clusterIP"], "10.0.0.2");
    assert_eq!(
        a["spec"]["ports"][0],
        json!({"port": 80, "targetPort": 8080, "protocol": "TCP"})
    );
    assert_eq!(a["spec"]["sessionAffinity"], "None");
    let (code, b) = post(svc("fixed", Some("10.0.0.3"))).await;
    assert_eq!(
        (code, &b["spec"]["clusterIPs"]),
        (201, &json!(["10.0.0.3"])),
        "{b}"
    );
    let (_, c3) = post(svc("third", None)).await;
    assert_eq!(c3["spec"]["clusterIP"], "10.0.0.4", "{c3}");
    let (code, taken) = post(svc("taken", Some("10.0.0.2"))).await;
    assert_eq!(code, 422, "{taken}");
    assert!(
        taken["message"]
            .as_str()
            .unwrap()
            .ends_with("provided IP is already allocated"),
        "{taken}"
    );
    let (code, out) = post(svc("outside", Some("10.1.0.5"))).await;
    assert_eq!(
        (code, &out["details"]["causes"][0]["field"]),
        (422, &json!("spec.clusterIPs")),
        "{out}"
    );
    let (code, dup) = post(svc("echo", None)).await;
    assert_eq!(
        (code, &dup["reason"]),
        (409, &json!("AlreadyExists")),
        "{dup}"
    );
    let (code, bad) = post(svc("1bad", None)).await;
    assert_eq!(
        (code, &bad["details"]["causes"][0]["field"]),
        (422, &json!("metadata.name")),
        "{bad}"
    );
    let (_, list) = api.get("/api/v1/services").await;
    let names: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["metadata"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["echo", "fixed", "kubernetes", "third"]);
    let (code, _) = api
        .call(
            reqwest::Method::DELETE,
            "/api/v1/namespaces/default/services/echo",
            &[],
            None,
        )
        .await;
    assert_eq!(code, 200);
    let (_, again) = post(svc("again", None)).await;
    assert_eq!(
        again["spec"]["clusterIP"], "10.0.0.2",
        "a freed IP is reused: {again}"
    );

    // Deleting a namespace takes its bare pods and services with it.
    let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "team"}});
    let (code, _) = api
        .call(
            reqwest::Method::POST,
            "/api/v1/namespaces",
            &[],
            Some(ns.to_string()),
        )
        .await;
    assert_eq!(code, 201);
    for (path, body) in [
        ("/api/v1/namespaces/team/pods", pod.to_string()),
        ("/api/v1/namespaces/team/services", svc("echo", None)),
    ] {
        let (code, made) = api.call(reqwest::Method::POST, path, &[], Some(body)).await;
        assert_eq!(code, 201, "{path}: {made}");
    }
    let (code, _) = api
        .call(
            reqwest::Method::DELETE,
            "/api/v1/namespaces/team",
            &[],
            None,
        )
        .await;
    assert_eq!(code, 200);
    for path in [
        "/api/v1/namespaces/team/pods",
        "/api/v1/namespaces/team/services",
    ] {
        let (_, list) = api.get(path).await;
        assert_eq!(list["items"], json!([]), "{path}");
    }
}

/// The protobuf body kubectl sends for `kubectl create deployment NAME --image=IMAGE`, Go's
/// empty strings and zeros included (short fields only: every byte stays ASCII).
fn protobuf_deployment(name: &str, image: &str) -> String {
    fn ld(field: u8, body: &str) -> String {
        format!(
            "{}{}{body}",
            char::from((field << 3) | 2),
            char::from(body.len() as u8)
        )
    }
    let entry = ld(1, "app") + &ld(2, name);
    let labels = ld(11, &entry);
    let meta = ld(1, name) + &ld(2, "") + &ld(3, "") + &labels;
    let container = ld(1, image) + &ld(2, image) + &ld(5, "");
    let template = ld(1, &labels) + &ld(2, &ld(2, &container));
    let spec = "\u{8}\u{1}".to_string()
        + &ld(2, &ld(1, &entry))
        + &ld(3, &template)
        + &ld(4, "")
        + "\u{28}\u{0}";
    let type_meta = ld(1, "apps/v1") + &ld(2, "Deployment");
    format!(
        "k8s\0{}{}",
        ld(1, &type_meta),
        ld(2, &(ld(1, &meta) + &ld(2, &spec) + &ld(3, "")))
    )
}

/// Runs the real kubectl with `kubeconfig`.
fn kubectl(kubeconfig: &Path, args: &[&str]) -> std::process::Output {
    Command::new(KUBECTL)
        .env_clear()
        .env("HOME", kubeconfig.parent().unwrap())
        .env("KUBECONFIG", kubeconfig)
        .args(args)
        .output()
        .expect("run kubectl")
}

fn kubectl_ok(kubeconfig: &Path, args: &[&str]) -> String {
    let out = kubectl(kubeconfig, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "kubectl {args:?}: {}",
        stderr(&out)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Ages differ between two listings made a moment apart.
fn without_ages(text: &str) -> String {
    regex::Regex::new(r"\b\d+(s|m\d*s?|h\d*m?|d\d*h?)\b")
        .unwrap()
        .replace_all(text, "AGE")
        .into_owned()
}

/// The seed's kubectl section with the real kubectl, through the kubeconfig azr wrote.
#[tokio::test]
#[ignore = "external tier: needs /usr/bin/kubectl"]
async fn real_kubectl_runs_the_seed_section_through_azr_credentials() {
    require_tool(KUBECTL, "version", "for the kubectl tests (issue 13)");
    let c = Cluster::new();
    let kc: PathBuf = c.dir().join("kube/config");
    std::fs::create_dir_all(kc.parent().unwrap()).unwrap();
    let out = c.credentials(&kc, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let manifest = c.dir().join("echoserver.yaml");
    std::fs::write(&manifest, azr::demo::ECHO_YAML).unwrap();

    assert_eq!(
        kubectl_ok(&kc, &["apply", "-f", manifest.to_str().unwrap()]),
        "deployment.apps/echoserver-hostport created\n"
    );
    assert_eq!(
        kubectl_ok(&kc, &["apply", "-f", manifest.to_str().unwrap()]),
        "deployment.apps/echoserver-hostport unchanged\n"
    );
    let pods = kubectl_ok(&kc, &["get", "pods", "-o", "wide"]);
    assert!(pods.starts_with("NAME "), "{pods}");
    assert_eq!(pods.lines().count(), 4, "{pods}");
    let name = pods
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let describe = kubectl_ok(&kc, &["describe", "pod", &name]);
    let host_ports = regex::Regex::new(r"(?m)^    Host Ports:\s+(\d+)/TCP, (\d+)/TCP$").unwrap();
    let caps = host_ports
        .captures(&describe)
        .unwrap_or_else(|| panic!("{describe}"));
    for (i, port) in ["8080", "8443"].iter().enumerate() {
        let line = format!(
            "      echoserver-hostport_PORT_{port}_TCP_HOSTPORT:  {}",
            &caps[i + 1]
        );
        assert!(describe.contains(&line), "{line} in\n{describe}");
    }

    // The built-in kubectl of `aks command invoke` prints what the real one prints.
    let describe_cmd = format!("describe pod {name}");
    for verb in [
        "get pods -o wide",
        "get pods",
        "get deployments -o wide",
        "get nodes -o wide",
        "get nodes",
        "get pods -o yaml",
        "get deployments -o json",
        "get nodes -o yaml",
        describe_cmd.as_str(),
    ] {
        let real = kubectl_ok(&kc, &verb.split(' ').collect::<Vec<_>>());
        let command = format!("kubectl {verb}");
        let invoked = c.ok(&[
            "aks",
            "command",
            "invoke",
            "-g",
            "rg",
            "-n",
            "c",
            "--command",
            &command,
            "-o",
            "json",
            "--query",
            "logs",
        ]);
        let invoked: String = serde_json::from_slice(&invoked.stdout).unwrap();
        assert_eq!(without_ages(&invoked), without_ages(&real), "{verb}");
    }

    let nodes = kubectl_ok(&kc, &["get", "nodes", "-o", "wide"]);
    let header: Vec<&str> = nodes.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        &header[..7],
        [
            "NAME",
            "STATUS",
            "ROLES",
            "AGE",
            "VERSION",
            "INTERNAL-IP",
            "EXTERNAL-IP"
        ]
    );
    for line in nodes.lines().skip(1) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert!(cells[0].starts_with("aks-nodepool1-"), "{line}");
        assert!(
            cells[6].parse::<std::net::Ipv4Addr>().is_ok(),
            "EXTERNAL-IP in {line}"
        );
    }

    assert_eq!(
        kubectl_ok(
            &kc,
            &["scale", "deployment", "echoserver-hostport", "--replicas=2"]
        ),
        "deployment.apps/echoserver-hostport scaled\n"
    );
    assert_eq!(
        kubectl_ok(
            &kc,
            &["rollout", "status", "deployment/echoserver-hostport"]
        ),
        "deployment \"echoserver-hostport\" successfully rolled out\n"
    );
    let out = kubectl(&kc, &["get", "widgets"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: the server doesn't have a resource type \"widgets\"\n"
    );
    let mut bad = kc.clone();
    bad.set_file_name("bad");
    std::fs::write(
        &bad,
        std::fs::read_to_string(&kc)
            .unwrap()
            .replace("token: ", "token: x"),
    )
    .unwrap();
    let out = kubectl(&bad, &["get", "pods"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: You must be logged in to the server (Unauthorized)\n"
    );
    assert_eq!(
        kubectl_ok(&kc, &["delete", "-f", manifest.to_str().unwrap()]),
        "deployment.apps \"echoserver-hostport\" deleted\n"
    );
    // Namespaces (kubectl sends this one as protobuf).
    assert_eq!(
        kubectl_ok(&kc, &["create", "namespace", "team"]),
        "namespace/team created\n"
    );
    let m = manifest.to_str().unwrap();
    kubectl_ok(&kc, &["apply", "-n", "team", "-f", m]);
    let all = kubectl_ok(&kc, &["get", "deployments", "-A", "-o", "name"]);
    assert_eq!(all, "deployment.apps/echoserver-hostport\n");
    assert_eq!(
        kubectl_ok(&kc, &["delete", "namespace", "team"]),
        "namespace \"team\" deleted\n"
    );
    let out = kubectl(&kc, &["get", "pods", "-A"]);
    assert_eq!(stderr(&out), "No resources found\n");

    // `kubectl create deployment` sends its Deployment as protobuf.
    assert_eq!(
        kubectl_ok(
            &kc,
            &[
                "create",
                "deployment",
                "web",
                "--image=nginx:1.27",
                "--replicas=2",
                "--port=80"
            ]
        ),
        "deployment.apps/web created\n"
    );
    let d = kubectl_ok(&kc, &["get", "deployment", "web", "-o", "json"]);
    let d: Value = serde_json::from_str(&d).unwrap();
    assert_eq!(d["spec"]["replicas"], 2, "{d}");
    assert_eq!(d["spec"]["selector"]["matchLabels"]["app"], "web", "{d}");
    let c0 = &d["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(
        (&c0["name"], &c0["image"]),
        (&json!("nginx"), &json!("nginx:1.27")),
        "{d}"
    );
    assert_eq!(c0["ports"][0]["containerPort"], 80, "{d}");
    let pods = kubectl_ok(&kc, &["get", "pods", "-l", "app=web", "-o", "name"]);
    assert_eq!(pods.lines().count(), 2, "{pods}");
    // The events a real cluster records for it.
    let events = kubectl_ok(&kc, &["get", "events"]);
    let pod = pods.lines().next().unwrap().trim_start_matches("pod/");
    let node = kubectl_ok(&kc, &["get", "pod", pod, "-o", "jsonpath={.spec.nodeName}"]);
    let rs = &pod[..pod.rfind('-').unwrap()];
    for want in [
        format!(
            "Normal    ScalingReplicaSet   deployment/web     Scaled up replica set {rs} from 0 to 2"
        ),
        format!("Normal    SuccessfulCreate    replicaset/{rs}   Created pod: {pod}"),
        format!(
            "Normal    Scheduled           pod/{pod}   Successfully assigned default/{pod} to {node}"
        ),
        format!(
            "Normal    Pulled              pod/{pod}   Container image \"nginx:1.27\" already present on machine"
        ),
        format!("Normal    Created             pod/{pod}   Created container: nginx"),
        format!("Normal    Started             pod/{pod}   Started container nginx"),
    ] {
        let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(norm(&events).contains(&norm(&want)), "{want} in\n{events}");
    }
    let describe = kubectl_ok(&kc, &["describe", "pod", pod]);
    let tail = &describe[describe.find("Events:").unwrap()..];
    let rows: Vec<Vec<&str>> = tail
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows[0],
        ["Type", "Reason", "Age", "From", "Message"],
        "{tail}"
    );
    let reasons: Vec<(&str, &str)> = rows[2..].iter().map(|r| (r[1], r[3])).collect();
    assert_eq!(
        reasons,
        [
            ("Scheduled", "default-scheduler"),
            ("Pulled", "kubelet"),
            ("Created", "kubelet"),
            ("Started", "kubelet")
        ],
        "{tail}"
    );
    assert_eq!(
        kubectl_ok(&kc, &["delete", "deployment", "web"]),
        "deployment.apps \"web\" deleted\n"
    );

    // A bare pod: scheduled onto a node, its host ports from the one allocator.
    let pod = c.dir().join("pod.yaml");
    std::fs::write(&pod, BARE_POD).unwrap();
    let p = pod.to_str().unwrap();
    assert_eq!(kubectl_ok(&kc, &["apply", "-f", p]), "pod/solo created\n");
    assert_eq!(kubectl_ok(&kc, &["apply", "-f", p]), "pod/solo unchanged\n");
    let out = kubectl(&kc, &["create", "-f", p]);
    assert_eq!(stderr(&out), "Error from server (AlreadyExists): error when creating \"{p}\": pods \"solo\" already exists\n".replace("{p}", p));
    let got = kubectl_ok(&kc, &["get", "pod", "solo", "-o", "json"]);
    let got: Value = serde_json::from_str(&got).unwrap();
    assert_eq!(got["status"]["phase"], "Running", "{got}");
    assert!(
        got["spec"]["nodeName"]
            .as_str()
            .unwrap()
            .starts_with("aks-nodepool1-"),
        "{got}"
    );
    let host_port = got["spec"]["containers"][0]["ports"][0]["hostPort"]
        .as_u64()
        .unwrap();
    assert!(got["metadata"].get("ownerReferences").is_none(), "{got}");
    let check = c.ok(&[
        "aks", "hostport", "check", "-g", "rg", "-n", "c", "-o", "json",
    ]);
    assert!(String::from_utf8_lossy(&check.stdout).contains(&host_port.to_string()));
    assert_eq!(
        kubectl_ok(&kc, &["delete", "-f", p]),
        "pod \"solo\" deleted\n"
    );
    assert_eq!(
        kubectl_ok(&kc, &["run", "one", "--image=nginx:1.27"]),
        "pod/one created\n"
    );
    assert_eq!(
        kubectl_ok(&kc, &["delete", "pod", "one"]),
        "pod \"one\" deleted\n"
    );
    let out = kubectl(&kc, &["get", "pods"]);
    assert_eq!(stderr(&out), "No resources found in default namespace.\n");

    // Services: cluster IPs from the service CIDR, kubectl's columns.
    let svc = c.dir().join("svc.yaml");
    std::fs::write(&svc, SERVICE).unwrap();
    let s = svc.to_str().unwrap();
    assert_eq!(
        kubectl_ok(&kc, &["apply", "-f", s]),
        "service/echo created\n"
    );
    assert_eq!(
        kubectl_ok(&kc, &["apply", "-f", s]),
        "service/echo unchanged\n"
    );
    let got = without_ages(&kubectl_ok(&kc, &["get", "svc", "-o", "wide"]));
    let rows: Vec<Vec<&str>> = got
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "NAME",
            "TYPE",
            "CLUSTER-IP",
            "EXTERNAL-IP",
            "PORT(S)",
            "AGE",
            "SELECTOR"
        ],
        "{got}"
    );
    assert_eq!(
        rows[1][..5],
        ["echo", "ClusterIP", "10.0.0.2", "<none>", "80/TCP"],
        "{got}"
    );
    assert_eq!(rows[1][6], "app=echo", "{got}");
    assert_eq!(
        rows[2][..5],
        ["kubernetes", "ClusterIP", "10.0.0.1", "<none>", "443/TCP"],
        "{got}"
    );
    assert_eq!(
        kubectl_ok(&kc, &["delete", "-f", s]),
        "service \"echo\" deleted\n"
    );
    // `kubectl create service` sends its Service as protobuf.
    assert_eq!(
        kubectl_ok(
            &kc,
            &["create", "service", "clusterip", "web", "--tcp=80:8080"]
        ),
        "service/web created\n"
    );
    let got = kubectl_ok(&kc, &["get", "svc", "web", "-o", "json"]);
    let got: Value = serde_json::from_str(&got).unwrap();
    assert_eq!(
        got["spec"]["ports"][0],
        json!({"name": "80-8080", "port": 80, "protocol": "TCP", "targetPort": 8080}),
        "{got}"
    );
    assert_eq!(got["spec"]["selector"], json!({"app": "web"}), "{got}");
    assert_eq!(got["spec"]["clusterIP"], "10.0.0.2", "{got}");
}

const SERVICE: &str = "apiVersion: v1
kind: Service
metadata:
  name: echo
spec:
  selector:
    app: echo
  ports:
    - port: 80
      targetPort: 8080
";

const BARE_POD: &str = "apiVersion: v1
kind: Pod
metadata:
  name: solo
  labels:
    app: solo
  annotations:
    kubernetes.azure.com/assign-hostports-for-containerports: 8080/tcp
spec:
  containers:
    - name: echo
      image: k8s.gcr.io/echoserver:1.10
      ports:
        - containerPort: 8080
";

/// The real az 2.91.0's `az aks get-credentials` against the server writes a kubeconfig the
/// real kubectl then uses.
#[tokio::test]
#[ignore = "external tier: needs the real az, ../shared/reference/az-peer.sh and /usr/bin/kubectl"]
async fn real_az_get_credentials_then_real_kubectl() {
    require_tool(KUBECTL, "version", "for the kubectl tests (issue 13)");
    let venv = az_venv();
    let c = Cluster::new();
    let peer = c.dir().join("az");
    let tls = c.s.ca().parent().unwrap().to_path_buf();
    let run = |args: &[&str]| {
        Command::new("bash")
            .arg(az_peer_sh())
            .args(args)
            .env("AZ_PEER_VENV", &venv)
            .env("AZ_PEER_DIR", &peer)
            .env("AZ_PEER_TLS", &tls)
            .env("AZ_PEER_PORT", c.s.port().to_string())
            .env("AZ_PEER_LOGIN", "sp")
            .output()
            .expect("az-peer.sh")
    };
    let setup = run(&["setup"]);
    assert!(setup.status.success(), "{}", stderr(&setup));
    let kc = c.dir().join("az-kube/config");
    let out = run(&[
        "az",
        "aks",
        "get-credentials",
        "-g",
        "rg",
        "-n",
        "c",
        "--file",
        kc.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "Merged \"c\" as current context in {}",
            kc.display()
        )),
        "{}",
        stderr(&out)
    );
    let nodes = kubectl_ok(&kc, &["get", "nodes", "-o", "name"]);
    assert_eq!(nodes.lines().count(), 2, "{nodes}");
    // azr writes the same file from the same answer.
    let mine = c.dir().join("azr-kube/config");
    let out = c.credentials(&mine, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&mine).unwrap(),
        std::fs::read_to_string(&kc).unwrap()
    );
}

/// Under `--cloud local` nothing serves the API while the command runs: the kubeconfig names
/// the server `azr emulator start` runs by default (port 8443, the CA of its default TLS dir,
/// created now) and a warning says how to start it on the local state.
#[test]
fn local_cloud_credentials_name_the_server_to_start() {
    use base64::Engine;
    let sb = super::common::Sandbox::new();
    sb.local_ok(&["group", "create", "-n", "rg", "-l", "eastus", "-o", "none"]);
    sb.local_ok(&[
        "aks",
        "create",
        "-g",
        "rg",
        "-n",
        "c",
        "-c",
        "1",
        "--no-ssh-key",
        "-o",
        "none",
    ]);
    let out = sb.local_ok(&["aks", "get-credentials", "-g", "rg", "-n", "c"]);
    let state = sb.config_dir().join("emulator.db");
    let kube = sb.home().join(".kube/config");
    assert_eq!(
        stderr(&out),
        format!(
            "WARNING: The cluster's Kubernetes API is served by the emulator's HTTPS server, which is not running: start it on the local cloud's state with `azr emulator start --state {}`, then use kubectl.\nWARNING: Merged \"c\" as current context in {}\n",
            state.display(),
            kube.display()
        )
    );
    let cfg = yaml(&kube);
    let cluster = &cfg["clusters"][0]["cluster"];
    assert!(
        cluster["server"]
            .as_str()
            .unwrap()
            .starts_with("https://127.0.0.1:8443/k8s/")
    );
    let ca = base64::engine::general_purpose::STANDARD
        .decode(cluster["certificate-authority-data"].as_str().unwrap())
        .unwrap();
    assert_eq!(
        ca,
        std::fs::read(sb.config_dir().join("emulator-server/ca.pem")).unwrap()
    );
}
