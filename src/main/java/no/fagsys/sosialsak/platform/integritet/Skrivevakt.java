package no.fagsys.sosialsak.platform.integritet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fagsys.sosialsak.platform.EngineRestErrorMapper;
import no.fagsys.sosialsak.platform.access.Roles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The write guard in front of the engine's two HTTP APIs, the engine REST API ({@code /engine-rest}) and the
 * webapps' engine API ({@code /camunda/api/engine/engine/default}, what Tasklist and Cockpit call). Every request
 * that writes variables is checked before the engine sees it, and refused with 400 naming each offending variable:
 *
 * <ul>
 *   <li><b>A completion sets only what its form declares.</b> Completing, submitting or resolving a task accepts
 *       exactly the fields of the task's deployed Camunda Form; a read-only field may come back only with its
 *       current value (Tasklist sends them all back). A start accepts the start form's fields.</li>
 *   <li><b>Protected variables</b> ({@link Beskyttet}) cannot be written by anyone through any endpoint (the
 *       variable endpoints, messages, signals, modification, migration, …), except the two a start form declares.</li>
 *   <li><b>Only plain values</b>: String, Boolean, the integer types, Double, Date and Null; no Object (serialized
 *       Java or JSON objects), Bytes or File variables, no {@code null} entries, no text over
 *       {@value #MAKS_TEKST} characters, no NUL character, names as Java identifiers; bodies up to
 *       {@value #MAKS_KROPP} bytes, JSON (multipart only for deployments and attachments).</li>
 *   <li><b>Read-only users</b> (the auditor) write nothing: no comments, attachments, variables, identity.
 *       Only administrators change a user's profile (the names letters are signed with).</li>
 * </ul>
 * A request on a task the caller cannot see passes unchecked, so the engine answers it as an unknown one: the guard
 * never tells whether another municipality's task exists. Internal processes are refused by their own start
 * listener ({@link KunSomDelprosess}) on every path.
 */
public class Skrivevakt extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(Skrivevakt.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final int MAKS_KROPP = 1_000_000;
  public static final int MAKS_TEKST = 20_000;

  /** The JSON members that hold a map of variables to write, on any endpoint. */
  static final Set<String> VARIABELKART = Set.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "localVariables", "variablesLocal", "processVariablesToTriggeredScope",
      "variablesInReturn");
  private static final Set<String> TYPER = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "null");
  private static final Pattern NAVN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
  private static final Pattern FULLFORING = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)");
  private static final Pattern START =
      Pattern.compile("/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)");
  private static final Pattern EN_VARIABEL =
      Pattern.compile(".*/(?:variables|localVariables)/([^/]+)(/data)?");
  private static final Pattern OPPGAVE = Pattern.compile("/task/([^/]+)");
  /** Evaluating a decision reads its inputs and writes no variable. */
  private static final Pattern EVALUERING = Pattern.compile("/decision-definition/.+/evaluate");
  private static final Pattern PROFIL = Pattern.compile("/user/[^/]+/profile");
  private static final Pattern MULTIPART_TILLATT =
      Pattern.compile("/deployment/create|/task/[^/]+/attachment/create");
  /** What a read-only user may still POST: queries on a collection ({@code /history/task}, {@code /task/count}). */
  private static final Pattern SPORRING = Pattern.compile("(?:/history)?/[a-z-]+(?:/count)?");
  private static final Set<String> IKKE_SPORRING = Set.of("/message", "/signal", "/condition");

  private final Supplier<ProcessEngine> engine;
  private final String webappEngineApi;

  public Skrivevakt(Supplier<ProcessEngine> engine, String webappPath) {
    this.engine = engine;
    this.webappEngineApi = webappPath + "/api/engine/engine/default";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = relativ(request);
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    if (path == null) {
      chain.doFilter(request, response);
      return;
    }
    if (method.equals("OPTIONS")) {
      // The engine REST API describes itself on OPTIONS (200 KB for /engine, open without credentials): no client
      // needs that, so it is closed. Tasklist does ask its own engine API which actions the logged-in user may take
      // on a resource (whether "create filter" is allowed, on every start) and shows an error when refused: that
      // small answer, on the webapps' path for a logged-in user, passes.
      boolean webapp = request.getRequestURI().substring(request.getContextPath().length())
          .startsWith(webappEngineApi + "/");
      if (webapp && bruker(request) != null) {
        chain.doFilter(request, response);
        return;
      }
      avvis(response, 405, "MetodeIkkeTillatt", "OPTIONS er ikke tillatt.", List.of());
      return;
    }
    if (method.equals("GET") || method.equals("HEAD") || EVALUERING.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Bruker bruker = bruker(request);
    Matcher slettOppgave = OPPGAVE.matcher(path);
    if (method.equals("DELETE") && slettOppgave.matches() && bruker != null) {
      String taskId = URLDecoder.decode(slettOppgave.group(1), StandardCharsets.UTF_8);
      Task task = som(bruker, () -> engine.get().getTaskService().createTaskQuery().taskId(taskId).singleResult());
      if (task == null) {
        // Unknown, or another municipality's: the same answer (the engine would say 204 for one, 500 for the other).
        avvis(response, 404, "InvalidRequestException", EngineRestErrorMapper.FANT_IKKE, List.of());
        return;
      }
      if (task.getProcessInstanceId() != null) {
        avvis(response, 403, "SkrivingIkkeTillatt", "En oppgave i en sak kan ikke slettes; den fullføres.",
            List.of());
        return;
      }
    }
    if (bruker != null && bruker.kunLesetilgang() && !(method.equals("POST") && SPORRING.matcher(path).matches()
        && !IKKE_SPORRING.contains(path))) {
      avvis(response, 403, "SkrivingIkkeTillatt", "Du har bare lesetilgang og kan ikke endre noe.", List.of());
      return;
    }
    if (bruker != null && !bruker.administrator() && method.equals("PUT") && PROFIL.matcher(path).matches()) {
      avvis(response, 403, "SkrivingIkkeTillatt",
          "Navn og e-post endres av en administrator, ikke av brukeren selv.", List.of());
      return;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/")) {
      if (MULTIPART_TILLATT.matcher(path).matches()) {
        chain.doFilter(request, response);
      } else {
        avvis(response, 400, "UgyldigForesporsel",
            "Forespørselen må være JSON; filer og binære variabler tas ikke imot her.", List.of());
      }
      return;
    }
    if (request.getContentLengthLong() > MAKS_KROPP) {
      avvis(response, 400, "UgyldigForesporsel", "Forespørselen er for stor (over " + MAKS_KROPP + " byte).",
          List.of());
      return;
    }
    byte[] kropp = request.getInputStream().readNBytes(MAKS_KROPP + 1);
    if (kropp.length > MAKS_KROPP) {
      avvis(response, 400, "UgyldigForesporsel", "Forespørselen er for stor (over " + MAKS_KROPP + " byte).",
          List.of());
      return;
    }
    try {
      sjekk(path, method, kropp, bruker);
    } catch (Avvist avvist) {
      LOG.warn("Skriving avvist: {} {} av {}: {} {}", method, path, bruker == null ? "-" : bruker.id(),
          avvist.getMessage(), avvist.variabler);
      avvis(response, avvist.status, avvist.type, avvist.getMessage(), avvist.variabler);
      return;
    }
    chain.doFilter(new LestForesporsel(request, kropp), response);
  }

  private void sjekk(String path, String method, byte[] kropp, Bruker bruker) {
    for (byte b : kropp) {
      if (b == 0) {
        throw new Avvist("Forespørselen inneholder et NUL-tegn.", List.of());
      }
    }
    String tekst = new String(kropp, StandardCharsets.UTF_8);
    if (tekst.toLowerCase(Locale.ROOT).contains("\\u0000")) {
      throw new Avvist("Forespørselen inneholder et NUL-tegn.", List.of());
    }
    List<Skriving> skrivinger = new ArrayList<>();
    Matcher enVariabel = EN_VARIABEL.matcher(path);
    if (enVariabel.matches()) {
      String navn = URLDecoder.decode(enVariabel.group(1), StandardCharsets.UTF_8);
      if (enVariabel.group(2) != null) {
        throw new Avvist("Binære variabler tas ikke imot.", List.of(navn));
      }
      if (method.equals("DELETE")) {
        skrivinger.add(new Skriving(navn, null, true));
      }
    }
    JsonNode json = null;
    if (!tekst.isBlank()) {
      try {
        json = JSON.readTree(tekst);
      } catch (JsonProcessingException e) {
        throw new Avvist("Forespørselen er ikke gyldig JSON.", List.of());
      }
      if (json == null || json.isNull()) {
        throw new Avvist("Forespørselen mangler innhold (null).", List.of());
      }
    }
    if (enVariabel.matches() && !method.equals("DELETE")) {
      String navn = URLDecoder.decode(enVariabel.group(1), StandardCharsets.UTF_8);
      skrivinger.add(new Skriving(navn, json, false));
    } else if (json != null) {
      samle(json, skrivinger);
    }
    Matcher fullforing = FULLFORING.matcher(path);
    Matcher start = START.matcher(path);
    ProcessDefinition definisjon = start.matches() ? som(bruker, () -> definisjon(start)) : null;
    if (definisjon != null && !definisjon.isStartableInTasklist()) {
      // An internal process is refused here before the engine sees the request; its start listener
      // (KunSomDelprosess) refuses it on every other path too.
      throw new Avvist(403, "SkrivingIkkeTillatt", "Prosessen «" + definisjon.getKey()
          + "» startes bare av en annen prosess i saken, ikke direkte av en bruker.", List.of());
    }
    if (skrivinger.isEmpty()) {
      return;
    }
    sjekkVerdier(skrivinger);

    if (fullforing.matches()) {
      sjekkFullforing(URLDecoder.decode(fullforing.group(1), StandardCharsets.UTF_8), skrivinger, bruker);
    } else if (start.matches()) {
      if (definisjon != null) {
        sjekkStart(definisjon, skrivinger, bruker);
      }
    } else {
      Set<String> beskyttet = new TreeSet<>();
      skrivinger.stream().map(Skriving::navn).filter(Beskyttet::er).forEach(beskyttet::add);
      if (!beskyttet.isEmpty()) {
        throw new Avvist("Disse opplysningene settes av systemet og kan ikke endres: " + String.join(", ", beskyttet)
            + ".", List.copyOf(beskyttet));
      }
    }
  }

  /** Every variable map in the body, wherever it is (start instructions, modification instructions, …). */
  static void samle(JsonNode node, List<Skriving> skrivinger) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (VARIABELKART.contains(field.getKey()) && field.getValue().isObject()) {
          field.getValue().fields().forEachRemaining(v -> skrivinger.add(new Skriving(v.getKey(), v.getValue(), false)));
        } else if (field.getKey().equals("deletions") && field.getValue().isArray()) {
          field.getValue().forEach(d -> skrivinger.add(new Skriving(d.asText(), null, true)));
        } else if (field.getKey().equals("variable") && field.getValue().isObject()
            && field.getValue().has("name")) {
          // A command on one variable by name (e.g. a set-variables batch's single variable).
          skrivinger.add(new Skriving(field.getValue().path("name").asText(), field.getValue(), false));
        } else {
          samle(field.getValue(), skrivinger);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> samle(element, skrivinger));
    }
  }

  private static void sjekkVerdier(List<Skriving> skrivinger) {
    Map<String, String> feil = new LinkedHashMap<>();
    for (Skriving s : skrivinger) {
      if (!NAVN.matcher(s.navn()).matches()) {
        feil.put(kort(s.navn()), "ugyldig variabelnavn");
        continue;
      }
      if (s.sletting()) {
        continue;
      }
      JsonNode v = s.verdi();
      if (v == null || v.isNull()) {
        feil.put(s.navn(), "mangler verdi og type");
        continue;
      }
      if (!v.isObject()) {
        feil.put(s.navn(), "må være et objekt med value og type");
        continue;
      }
      String type = v.path("type").asText("").toLowerCase(Locale.ROOT);
      if (!type.isEmpty() && !TYPER.contains(type)) {
        feil.put(s.navn(), "typen " + kort(v.path("type").asText()) + " tas ikke imot (bare tekst, tall, "
            + "ja/nei og datoer)");
        continue;
      }
      JsonNode value = v.path("value");
      if (value.isObject() || value.isArray() || v.path("valueInfo").has("serializationDataFormat")
          || v.path("valueInfo").has("objectTypeName")) {
        feil.put(s.navn(), "sammensatte verdier (objekter, lister) tas ikke imot");
      } else if (value.isTextual() && value.asText().length() > MAKS_TEKST) {
        feil.put(s.navn(), "teksten er lengre enn " + MAKS_TEKST + " tegn");
      }
    }
    if (!feil.isEmpty()) {
      List<String> deler = new ArrayList<>();
      feil.forEach((navn, hva) -> deler.add(navn + ": " + hva));
      throw new Avvist("Ugyldige variabler: " + String.join("; ", deler) + ".", List.copyOf(feil.keySet()));
    }
  }

  private void sjekkFullforing(String taskId, List<Skriving> skrivinger, Bruker bruker) {
    ProcessEngine e = engine.get();
    som(bruker, () -> {
      Task task = e.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        return null; // unknown or not the caller's: the engine answers it as unknown
      }
      Skjema skjema = skjema(() -> e.getFormService().getDeployedTaskForm(taskId));
      if (skjema == null) {
        if (e.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
          return null; // completed by someone else meanwhile: the engine answers that
        }
        skjema = Skjema.INGEN;
      }
      Set<String> ukjente = new TreeSet<>();
      Set<String> endret = new TreeSet<>();
      for (Skriving s : skrivinger) {
        if (s.sletting() || !skjema.har(s.navn())) {
          ukjente.add(s.navn());
        } else if (skjema.skrivebeskyttet(s.navn()) || Beskyttet.er(s.navn())) {
          Object navarende = e.getTaskService().getVariable(taskId, s.navn());
          if (!sammeVerdi(navarende, s.verdi().path("value"))) {
            endret.add(s.navn());
          }
        }
      }
      if (!ukjente.isEmpty()) {
        throw new Avvist("Oppgaven «" + task.getName() + "» tar bare imot feltene i skjemaet sitt; disse hører ikke "
            + "til skjemaet: " + String.join(", ", ukjente) + ".", List.copyOf(ukjente));
      }
      if (!endret.isEmpty()) {
        throw new Avvist("Disse feltene er skrivebeskyttet i skjemaet og kan ikke endres: "
            + String.join(", ", endret) + ".", List.copyOf(endret));
      }
      return null;
    });
  }

  private ProcessDefinition definisjon(Matcher start) {
    ProcessDefinitionQuery query = engine.get().getRepositoryService().createProcessDefinitionQuery();
    if (start.group(3) != null) {
      query.processDefinitionId(URLDecoder.decode(start.group(3), StandardCharsets.UTF_8));
    } else {
      query.processDefinitionKey(URLDecoder.decode(start.group(1), StandardCharsets.UTF_8)).latestVersion();
      if (start.group(2) != null) {
        query.tenantIdIn(URLDecoder.decode(start.group(2), StandardCharsets.UTF_8));
      } else {
        query.withoutTenantId();
      }
    }
    return query.singleResult();
  }

  private void sjekkStart(ProcessDefinition definition, List<Skriving> skrivinger, Bruker bruker) {
    ProcessEngine e = engine.get();
    som(bruker, () -> {
      Skjema funnet = skjema(() -> e.getFormService().getDeployedStartForm(definition.getId()));
      Skjema skjema = funnet == null ? Skjema.INGEN : funnet;
      Set<String> ukjente = new TreeSet<>();
      Set<String> beskyttet = new TreeSet<>();
      for (Skriving s : skrivinger) {
        if (s.sletting() || !skjema.har(s.navn())) {
          ukjente.add(s.navn());
        } else if (Beskyttet.er(s.navn()) && !Beskyttet.TILLATT_VED_START.contains(s.navn())) {
          beskyttet.add(s.navn());
        }
      }
      if (!ukjente.isEmpty()) {
        throw new Avvist("«" + (definition.getName() == null ? definition.getKey() : definition.getName())
            + "» startes bare med feltene i startskjemaet; disse hører ikke til skjemaet: "
            + String.join(", ", ukjente) + ".", List.copyOf(ukjente));
      }
      if (!beskyttet.isEmpty()) {
        throw new Avvist("Disse opplysningene settes av systemet og kan ikke endres: " + String.join(", ", beskyttet)
            + ".", List.copyOf(beskyttet));
      }
      return null;
    });
  }

  /** The deployed form; {@code null} when it cannot be read (no Camunda Form, or the task is gone). */
  private static Skjema skjema(Supplier<InputStream> form) {
    try (InputStream in = form.get()) {
      return in == null ? null : Skjema.les(in);
    } catch (RuntimeException | IOException noForm) {
      return null;
    }
  }

  /** Whether a submitted value is the variable's current value (as Tasklist sends a read-only field back). */
  static boolean sammeVerdi(Object navarende, JsonNode sendt) {
    // What a form sends for a field with no value: nothing, an empty text, or an unticked checkbox.
    boolean tomtSendt = sendt == null || sendt.isMissingNode() || sendt.isNull()
        || (sendt.isTextual() && sendt.asText().isEmpty()) || (sendt.isBoolean() && !sendt.asBoolean());
    if (navarende == null || (navarende instanceof String s && s.isEmpty())) {
      return tomtSendt;
    }
    if (tomtSendt && !(navarende instanceof Boolean)) {
      return false;
    }
    if (navarende instanceof Boolean b) {
      return sendt.isBoolean() ? sendt.asBoolean() == b : sendt.asText().equalsIgnoreCase(b.toString());
    }
    if (navarende instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).compareTo(new BigDecimal(sendt.asText())) == 0;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    if (navarende instanceof java.util.Date d) {
      return sendt.asText().startsWith(d.toInstant().toString().substring(0, 10));
    }
    return navarende.toString().equals(sendt.asText());
  }

  private <T> T som(Bruker bruker, Supplier<T> arbeid) {
    var identity = engine.get().getIdentityService();
    Authentication før = identity.getCurrentAuthentication();
    if (før == null && bruker != null) {
      identity.setAuthentication(bruker.id(), bruker.grupper(), bruker.kommuner());
    }
    try {
      return arbeid.get();
    } finally {
      if (før == null) {
        identity.clearAuthentication();
      }
    }
  }

  private String relativ(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if (uri.startsWith("/engine-rest/")) {
      return uri.substring("/engine-rest".length());
    }
    if (uri.startsWith(webappEngineApi + "/")) {
      return uri.substring(webappEngineApi.length());
    }
    return null;
  }

  private Bruker bruker(HttpServletRequest request) {
    Authentication current = engine.get().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new Bruker(current.getUserId(), nn(current.getGroupIds()), nn(current.getTenantIds()));
    }
    if (request.getSession(false) != null) {
      Authentications auths = AuthenticationUtil.getAuthsFromSession(request.getSession(false));
      if (auths != null && auths.getAuthenticationForProcessEngine(engine.get().getName())
          instanceof UserAuthentication user) {
        return new Bruker(user.getIdentityId(), nn(user.getGroupIds()), nn(user.getTenantIds()));
      }
    }
    return null;
  }

  private static List<String> nn(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static String kort(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static void avvis(HttpServletResponse response, int status, String type, String melding,
      List<String> variabler) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", melding);
    body.put("code", 0);
    if (!variabler.isEmpty()) {
      body.put("variabler", variabler);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
  }

  record Skriving(String navn, JsonNode verdi, boolean sletting) {}

  record Bruker(String id, List<String> grupper, List<String> kommuner) {
    boolean administrator() {
      return grupper.contains(Roles.ADMIN);
    }

    boolean kunLesetilgang() {
      return !grupper.isEmpty() && Roles.LESETILGANG.containsAll(grupper);
    }
  }

  static final class Avvist extends RuntimeException {
    final int status;
    final String type;
    final List<String> variabler;

    Avvist(String melding, List<String> variabler) {
      this(400, "UgyldigSkriving", melding, variabler);
    }

    Avvist(int status, String type, String melding, List<String> variabler) {
      super(melding);
      this.status = status;
      this.type = type;
      this.variabler = variabler;
    }
  }

  /** The request with its body read once, handed on for the engine to read again. */
  static final class LestForesporsel extends HttpServletRequestWrapper {
    private final byte[] kropp;

    LestForesporsel(HttpServletRequest request, byte[] kropp) {
      super(request);
      this.kropp = kropp;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(kropp);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return kropp.length;
    }

    @Override
    public long getContentLengthLong() {
      return kropp.length;
    }
  }
}
