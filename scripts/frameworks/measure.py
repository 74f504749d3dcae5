#!/usr/bin/env python3
"""Runs PyTorch, TensorFlow, Keras (on three backends), JAX and Flax against the framework
tables and prints what they do, as JSON: whether each name exists at its path, its signature
defaults, its values at sample points (float64) and its autograd derivative at the kit's kink
points. The unit tests compare the tables' claims with this output
(test/fixtures/frameworks/measured.json), so a claim that the frameworks contradict fails.

Run in a virtual environment outside the repository that has torch, jax, flax, keras and
tensorflow-cpu installed:

    npx tsx scripts/frameworks/export-tables.ts | /path/to/venv/bin/python scripts/frameworks/measure.py > test/fixtures/frameworks/measured.json

Keras is measured once per backend (tensorflow, jax, torch) in a child process each, because
Keras binds its backend on import.
"""
import importlib
import inspect
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

XS = [-7.0, -4.0, -3.0, -2.5, -1.5, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 1.5, 2.5, 3.0, 4.0, 6.0, 7.0]
VECTOR_IDS = {"softmax", "log_softmax", "softmin", "logsumexp"}


def measurable(e):
    """Scalar functions of x alone: not the softmax family, and not PReLU as a function (it needs a weight)."""
    return e["ids"][0] not in VECTOR_IDS and (e["layer"] or e["ids"][0] != "prelu")


def resolve(path):
    """The object at a dotted path, importing modules on the way; None when absent."""
    parts = path.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except Exception:
            continue
        for p in parts[i:]:
            if not hasattr(obj, p):
                return None
            obj = getattr(obj, p)
        return obj
    return None


def jsonable(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return repr(v)


def defaults(obj, layer):
    try:
        target = obj.__init__ if layer and inspect.isclass(obj) else obj
        sig = inspect.signature(target)
    except (TypeError, ValueError):
        fields = getattr(obj, "__dataclass_fields__", None)
        if fields:
            return {k: jsonable(f.default) for k, f in fields.items() if not callable(f.default) and f.default is not inspect.Parameter.empty}
        return None
    out = {}
    for name, p in sig.parameters.items():
        if name == "self" or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        out[name] = None if p.default is inspect.Parameter.empty else jsonable(p.default)
        if p.default is inspect.Parameter.empty:
            out[name] = "<required>"
    return out


# --- one evaluator per framework: f(xs) -> values, grad(xs) -> derivatives ----------------

def torch_eval(fn):
    import torch

    def values(xs):
        with torch.no_grad():
            return fn(torch.tensor(xs, dtype=torch.float64)).tolist()

    def grads(xs):
        x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
        fn(x).sum().backward()
        return x.grad.tolist()

    return values, grads


def jax_eval(fn):
    import jax
    import jax.numpy as jnp

    def values(xs):
        return [float(v) for v in fn(jnp.array(xs, dtype=jnp.float64))]

    def grads(xs):
        g = jax.grad(lambda t: jnp.sum(fn(t)))
        return [float(v) for v in g(jnp.array(xs, dtype=jnp.float64))]

    return values, grads


def tf_eval(fn):
    import tensorflow as tf

    def values(xs):
        return [float(v) for v in fn(tf.constant(xs, dtype=tf.float64)).numpy()]

    def grads(xs):
        x = tf.Variable(xs, dtype=tf.float64)
        with tf.GradientTape() as tape:
            y = tf.reduce_sum(fn(x))
        return [float(v) for v in tape.gradient(y, x).numpy()]

    return values, grads


def measure_callable(make_eval, fn, kinks, want_values):
    out = {}
    values, grads = make_eval(fn)
    try:
        if want_values:
            out["values"] = values(XS)
        if kinks:
            out["kinks"] = dict(zip([str(k) for k in kinks], grads([float(k) for k in kinks])))
    except Exception as e:  # a measurement that fails is recorded, never hidden
        out["error"] = f"{type(e).__name__}: {e}"
    return out


def applied(obj, layer, framework):
    """The function of x this entry computes with its default arguments."""
    if not layer:
        return obj
    if framework == "Flax":
        import jax

        if obj.__module__.startswith("flax.nnx"):
            from flax import nnx

            m = obj(rngs=nnx.Rngs(0)) if "rngs" in inspect.signature(obj.__init__).parameters else obj()
            return lambda x: m(x)
        m = obj()
        params = m.init(jax.random.PRNGKey(0), jax.numpy.zeros((1,), dtype=jax.numpy.float64))
        return lambda x: m.apply(params, x)
    m = obj()
    return lambda x: m(x)


def measure_plain(spec):
    import torch

    # Modules create their parameters in the default dtype; float64 keeps PReLU's weight in step with x.
    torch.set_default_dtype(torch.float64)
    entries = {}
    frameworks = {"PyTorch": torch_eval, "JAX": jax_eval, "Flax": jax_eval, "TensorFlow": tf_eval}
    import jax

    jax.config.update("jax_enable_x64", True)
    for e in spec["entries"]:
        if e["framework"] == "Keras":
            continue
        obj = resolve(e["path"])
        rec = {"exists": obj is not None}
        if obj is not None:
            rec["defaults"] = defaults(obj, e["layer"])
            if measurable(e):
                fn = applied(obj, e["layer"], e["framework"])
                rec.update(measure_callable(frameworks[e["framework"]], fn, e["kinks"], True))
        entries[e["path"]] = rec
    negatives = {p: resolve(p) is not None for p in spec["negatives"]}
    return entries, negatives


def measure_keras(spec, backend):
    if backend == "jax":
        import jax

        jax.config.update("jax_enable_x64", True)
    import keras

    keras.config.set_floatx("float64")
    make = {"tensorflow": tf_eval, "jax": jax_eval, "torch": torch_eval}[backend]
    entries = {}
    for e in spec["entries"]:
        if e["framework"] != "Keras":
            continue
        obj = resolve(e["path"])
        rec = {"exists": obj is not None}
        if obj is not None:
            rec["defaults"] = defaults(obj, e["layer"])
            if measurable(e):
                rec.update(measure_callable(make, applied(obj, e["layer"], "Keras"), e["kinks"], True))
        entries[e["path"]] = rec
    strings = {}
    for group in spec["strings"]:
        if group["framework"] != "Keras":
            continue
        for s in group["names"]:
            try:
                fn = keras.activations.get(s["name"])
            except Exception as err:
                strings[s["name"]] = {"exists": False, "error": str(err)}
                continue
            rec = {"exists": True, "function": getattr(fn, "__name__", repr(fn))}
            if s["ids"][0] not in VECTOR_IDS:
                rec.update(measure_callable(make, fn, s["kinks"], True))
            strings[s["name"]] = rec
    negatives = {p: resolve(p) is not None for p in spec["negatives"] if p.startswith("keras.")}
    return {"version": keras.__version__, "entries": entries, "strings": strings, "negatives": negatives}


def special_claims():
    """Claims that need more than a value table."""
    import tensorflow as tf
    import torch
    import torch.nn.functional as F
    from torch.nn.modules import transformer

    out = {}
    # tf.nn.silu's beta: the formula, and that the gradient reaches beta.
    x = tf.constant([1.5, -0.5], dtype=tf.float64)
    beta = tf.Variable(1.7, dtype=tf.float64)
    with tf.GradientTape() as tape:
        y = tf.nn.silu(x, beta=beta)
        total = tf.reduce_sum(y)
    out["tf_silu_beta"] = {
        "values": [float(v) for v in y.numpy()],
        "dbeta": float(tape.gradient(total, beta).numpy()),
    }
    # PyTorch's transformer layers: which activation strings they accept and what they call.
    acc = {}
    for name in ["relu", "gelu", "tanh", "silu"]:
        try:
            fn = transformer._get_activation_fn(name)
            acc[name] = getattr(fn, "__name__", repr(fn))
        except Exception as err:
            acc[name] = f"error: {type(err).__name__}"
    out["torch_transformer_activation"] = acc
    out["torch_transformer_default"] = getattr(inspect.signature(torch.nn.TransformerEncoderLayer.__init__).parameters["activation"].default, "__name__", None)
    out["torch_prelu_init"] = float(torch.nn.PReLU().weight.item())
    del F
    return out


def versions():
    import flax
    import jax
    import tensorflow as tf
    import torch

    return {"torch": torch.__version__, "jax": jax.__version__, "flax": flax.__version__, "tensorflow": tf.__version__}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--keras":
        spec = json.load(sys.stdin)
        json.dump(measure_keras(spec, sys.argv[2]), sys.stdout)
        return
    raw = sys.stdin.read()
    spec = json.loads(raw)
    entries, negatives = measure_plain(spec)
    keras_runs = {}
    for backend in ["tensorflow", "jax", "torch"]:
        env = dict(os.environ, KERAS_BACKEND=backend)
        res = subprocess.run([sys.executable, __file__, "--keras", backend], input=raw, capture_output=True, text=True, env=env, check=True)
        keras_runs[backend] = json.loads(res.stdout)
    out = {
        "generatedBy": "scripts/frameworks/measure.py (run in a venv with the frameworks); do not edit",
        "versions": {**versions(), "keras": keras_runs["tensorflow"]["version"]},
        "xs": XS,
        "entries": entries,
        "keras": keras_runs,
        "negatives": {**negatives, **keras_runs["tensorflow"]["negatives"]},
        "special": special_claims(),
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
