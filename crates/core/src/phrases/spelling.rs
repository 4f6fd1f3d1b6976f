//! Common real misspellings of technology names, each with the name it misses ("Postgress" →
//! PostgreSQL), for K-MISSPELLED.
//!
//! Why a curated table and not an edit distance over the taxonomy and lexicon: a distance of
//! one or two joins English words to technologies ("scale" to Scala, "string" to Spring,
//! "fault" to Vault, "jest" to Jest), and a finding that calls a correct word a misspelling is
//! false. Every entry here is a misspelling people write (transposed or dropped letters,
//! doubled consonants, a known mis-hearing: "Graphana", "Cloudfare", "protobuff"), never an
//! English word, a person's name or another product's name. The table's tests check that no
//! entry is a spelling the taxonomy or the lexicon knows and that every target is one.
//!
//! Source: seed 003 (exact-match parsers: Workday, iCIMS, Taleo index the word as written) and
//! seed 000 (mirror the exact terms); the entries are common misspellings of the terms.

/// `(misspelling, the term it misses)`: the misspelling lower case, sorted by it (a lookup is
/// a binary search); the term as the taxonomy or the lexicon names it.
pub const MISSPELLINGS: &[(&str, &str)] = &[
    ("ansbile", "Ansible"),
    ("ansibel", "Ansible"),
    ("ansilbe", "Ansible"),
    ("cassandara", "Cassandra"),
    ("cassendra", "Cassandra"),
    ("cloudfare", "Cloudflare"),
    ("cloudflair", "Cloudflare"),
    ("cloudformaiton", "CloudFormation"),
    ("cloudfromation", "CloudFormation"),
    ("dcoker", "Docker"),
    ("djagno", "Django"),
    ("djanog", "Django"),
    ("djnago", "Django"),
    ("docekr", "Docker"),
    ("dokcer", "Docker"),
    ("dyanmodb", "DynamoDB"),
    ("dynamobd", "DynamoDB"),
    ("dynomodb", "DynamoDB"),
    ("elastcsearch", "Elasticsearch"),
    ("elasticsaerch", "Elasticsearch"),
    ("elasticseach", "Elasticsearch"),
    ("elasticsearh", "Elasticsearch"),
    ("elasticserach", "Elasticsearch"),
    ("elastisearch", "Elasticsearch"),
    ("goalng", "Go"),
    ("golnag", "Go"),
    ("gprc", "gRPC"),
    ("grafanna", "Grafana"),
    ("grafna", "Grafana"),
    ("grahpql", "GraphQL"),
    ("graphana", "Grafana"),
    ("grapql", "GraphQL"),
    ("grcp", "gRPC"),
    ("haddop", "Hadoop"),
    ("hadoup", "Hadoop"),
    ("jaavscript", "JavaScript"),
    ("javacript", "JavaScript"),
    ("javascipt", "JavaScript"),
    ("javascirpt", "JavaScript"),
    ("javasctipt", "JavaScript"),
    ("javasript", "JavaScript"),
    ("javscript", "JavaScript"),
    ("jenkings", "Jenkins"),
    ("jenkis", "Jenkins"),
    ("kafak", "Kafka"),
    ("kakfa", "Kafka"),
    ("kenesis", "Kinesis"),
    ("kibanna", "Kibana"),
    ("kubenetes", "Kubernetes"),
    ("kuberenetes", "Kubernetes"),
    ("kuberentes", "Kubernetes"),
    ("kubernates", "Kubernetes"),
    ("kubernetees", "Kubernetes"),
    ("kubernetess", "Kubernetes"),
    ("kuberneties", "Kubernetes"),
    ("kubernetis", "Kubernetes"),
    ("kubernets", "Kubernetes"),
    ("kuberntes", "Kubernetes"),
    ("memcahced", "Memcached"),
    ("memchached", "Memcached"),
    ("micoservices", "microservices"),
    ("microserivces", "microservices"),
    ("microservies", "microservices"),
    ("mircoservices", "microservices"),
    ("mongdb", "MongoDB"),
    ("mongobd", "MongoDB"),
    ("monogdb", "MongoDB"),
    ("nginix", "Nginx"),
    ("ngnix", "Nginx"),
    ("nignx", "Nginx"),
    ("opentelemetery", "OpenTelemetry"),
    ("opentelemtry", "OpenTelemetry"),
    ("phyton", "Python"),
    ("posgres", "PostgreSQL"),
    ("posgresql", "PostgreSQL"),
    ("postgers", "PostgreSQL"),
    ("postgre", "PostgreSQL"),
    ("postgress", "PostgreSQL"),
    ("postgressql", "PostgreSQL"),
    ("postgrsql", "PostgreSQL"),
    ("postrges", "PostgreSQL"),
    ("potsgres", "PostgreSQL"),
    ("prometeus", "Prometheus"),
    ("prometheous", "Prometheus"),
    ("promethius", "Prometheus"),
    ("promethues", "Prometheus"),
    ("promethus", "Prometheus"),
    ("protobuff", "protobuf"),
    ("pyhton", "Python"),
    ("pytohn", "Python"),
    ("pyton", "Python"),
    ("rabbimq", "RabbitMQ"),
    ("rabbitqm", "RabbitMQ"),
    ("rabitmq", "RabbitMQ"),
    ("reddis", "Redis"),
    ("serveless", "serverless"),
    ("serverles", "serverless"),
    ("teraform", "Terraform"),
    ("terrafom", "Terraform"),
    ("terrafrom", "Terraform"),
    ("typescipt", "TypeScript"),
    ("typescirpt", "TypeScript"),
    ("typesript", "TypeScript"),
    ("typscript", "TypeScript"),
    ("zookeeeper", "ZooKeeper"),
    ("zookeepr", "ZooKeeper"),
    ("zookeper", "ZooKeeper"),
];

/// The term `lower` (a lower-case word) misspells, if it is one of [`MISSPELLINGS`].
pub fn misspelling_of(lower: &str) -> Option<&'static str> {
    MISSPELLINGS
        .binary_search_by(|&(wrong, _)| cmp_bytes(wrong.as_bytes(), lower.as_bytes()))
        .ok()
        .and_then(|i| MISSPELLINGS.get(i))
        .map(|&(_, term)| term)
}

/// `a` against `b` byte by byte (the order of `str`'s `Ord`): every word of four letters or
/// more is looked up, and the words differ from the table's early, where comparing `str`s
/// called into `memcmp` for every probe.
fn cmp_bytes(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_lower_case_and_unique() {
        for pair in MISSPELLINGS.windows(2) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "{a} before {b}");
            }
        }
        for (wrong, _) in MISSPELLINGS {
            assert_eq!(*wrong, wrong.to_ascii_lowercase());
            assert!(!wrong.contains(' '), "{wrong}: one word");
        }
    }

    /// A misspelling the taxonomy or lexicon knows would be a correct spelling; a target they
    /// do not know would be a name the resume cannot be told to write.
    #[test]
    fn misspellings_are_unknown_and_targets_are_known() {
        let mut wrong_entries = alloc::vec::Vec::new();
        for (wrong, term) in MISSPELLINGS {
            if crate::taxonomy::lookup(wrong).is_some() {
                wrong_entries.push(alloc::format!("{wrong} is a term"));
            }
            if crate::taxonomy::lexicon::lookup(wrong).is_some() {
                wrong_entries.push(alloc::format!("{wrong} is in the lexicon"));
            }
            let known = crate::taxonomy::lookup(term)
                .is_some_and(|id| crate::taxonomy::term(id).name() == *term)
                || crate::taxonomy::lexicon::lookup(term).is_some();
            if !known {
                wrong_entries.push(alloc::format!("{term} (for {wrong}) is not a term name"));
            }
        }
        assert!(wrong_entries.is_empty(), "{wrong_entries:#?}");
    }

    /// English words and names one or two letters from a technology are not in the table.
    #[test]
    fn near_words_are_not_misspellings() {
        for w in [
            "scale", "string", "fault", "spring", "postgres", "mongo", "redist", "goland",
            "casandra", "jupiter", "oath", "jenkin", "docker", "kafka", "python",
        ] {
            assert_eq!(misspelling_of(w), None, "{w}");
        }
        assert_eq!(misspelling_of("postgress"), Some("PostgreSQL"));
        assert_eq!(misspelling_of("kuberentes"), Some("Kubernetes"));
    }
}
