package no.fagsys.sosialsak.platform.integritet;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Deployments are code: a model a user deploys (a process owner from Modeler, or an administrator) is checked before
 * the engine accepts it, and refused with every offending element named. What a model may do:
 *
 * <ul>
 *   <li>Expressions read variables, compare and compute with them (strings' {@code concat}, {@code split}, …; a
 *       decision's result), and call the product's registered beans: a delegate or listener as
 *       {@code ${bean}}, and the few beans meant for expressions ({@link #METODEBONNER}) by method. An expression
 *       may read a variable by name ({@code execution.getVariable}, {@code hasVariable}) and set or remove one only
 *       by a literal name that is not protected ({@link Beskyttet}).</li>
 *   <li>No scripts (script tasks, script listeners, script input/output), no Java classes ({@code camunda:class}),
 *       no connectors, no EL functions; the execution's or task's own properties only those naming the case
 *       ({@code processBusinessKey}, {@code tenantId}, ids).</li>
 *   <li>Decisions in FEEL only: no other expression language, no external (Java) functions.</li>
 * </ul>
 * And what a model references exists, in the same deployment or deployed before: every {@code camunda:formRef},
 * {@code camunda:decisionRef} and {@code calledElement}; every executable process has a history time-to-live.
 * The product's own models pass the same check ({@code ModellAngrepTest}).
 */
public class Modellvakt {

  /** Beans meant to be called by method from an expression (deadlines computed for timers). */
  public static final Set<String> METODEBONNER = Set.of("soknadFrister");

  /** Methods an expression may call on a value (a variable or a decision's result). */
  static final Set<String> VERDIMETODER = Set.of("getSingleResult", "getSingleEntry", "getFirstResult",
      "getResultList", "getEntry", "get", "collectEntries", "concat", "split", "contains", "isEmpty", "size",
      "length", "equals", "startsWith", "endsWith", "toUpperCase", "toLowerCase", "trim", "substring");

  /** Properties of the execution or task an expression may read. */
  static final Set<String> SAKSEGENSKAPER = Set.of("processBusinessKey", "businessKey", "tenantId", "id",
      "processInstanceId", "currentActivityId", "eventName", "name");

  private static final Set<String> SKRIPT = Set.of("script", "scriptTask");
  private static final Set<String> FORBUDTE_ATTRIBUTTER = Set.of("class", "variableMappingClass", "scriptFormat",
      "resource");

  private final Supplier<Set<String>> delegater;
  private final Supplier<Set<String>> bonner;

  /**
   * @param delegater the names of the product's delegate, listener and variable-mapping beans
   * @param bonner the names of all beans an expression could reach (none may be called but the above)
   */
  public Modellvakt(Supplier<Set<String>> delegater, Supplier<Set<String>> bonner) {
    this.delegater = delegater;
    this.bonner = bonner;
  }

  /** What a model may reference: forms, decisions and processes in the same deployment or already deployed. */
  public interface Oppslag {
    boolean skjema(String id);

    boolean beslutning(String key);

    boolean prosess(String key);
  }

  /** The problems of one resource, without checking what it references. */
  public List<String> sjekk(String ressurs, byte[] innhold) {
    return sjekk(ressurs, innhold, null);
  }

  /** The problems of one resource of a deployment, each naming its element; empty when it may be deployed. */
  public List<String> sjekk(String ressurs, byte[] innhold, Oppslag oppslag) {
    String navn = ressurs.toLowerCase(Locale.ROOT);
    if (!navn.endsWith(".bpmn") && !navn.endsWith(".bpmn20.xml") && !navn.endsWith(".dmn")
        && !navn.endsWith(".dmn11.xml")) {
      return List.of();
    }
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      document = builder.parse(new ByteArrayInputStream(innhold));
    } catch (Exception e) {
      return List.of(ressurs + ": er ikke gyldig XML");
    }
    List<String> feil = new ArrayList<>();
    boolean dmn = navn.contains(".dmn");
    walk(ressurs, document.getDocumentElement(), dmn, oppslag, feil);
    return feil;
  }

  private void walk(String ressurs, Element element, boolean dmn, Oppslag oppslag, List<String> feil) {
    String sted = ressurs + " " + element(element) + ": ";
    String lokal = element.getLocalName();
    if (!dmn && (SKRIPT.contains(lokal) || lokal.equals("connector"))) {
      feil.add(sted + (lokal.equals("connector") ? "koblinger (connector)" : "skript") + " er ikke tillatt");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      String name = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
      String value = attr.getValue();
      if (dmn) {
        if (name.equals("expressionLanguage") && !value.toLowerCase(Locale.ROOT).contains("feel")) {
          feil.add(sted + "uttrykksspråket " + value + " er ikke tillatt (bare FEEL)");
        }
        continue;
      }
      if (FORBUDTE_ATTRIBUTTER.contains(name) && isCamunda(attr)) {
        feil.add(sted + "camunda:" + name + " er ikke tillatt (bruk en registrert bønne)");
      } else if (name.equals("delegateExpression") || name.equals("variableMappingDelegateExpression")) {
        String bean = value.strip().replaceAll("^[$#]\\{\\s*(.*?)\\s*}$", "$1");
        if (!bean.matches("[A-Za-z_][A-Za-z0-9_]*") || !delegater.get().contains(bean)) {
          feil.add(sted + "«" + value + "» er ingen av produktets registrerte delegater");
        }
      } else if (value.contains("${") || value.contains("#{")) {
        feil.addAll(uttrykk(sted, value));
      } else if (oppslag != null && isCamunda(attr) && name.equals("formRef") && !oppslag.skjema(value)) {
        feil.add(sted + "skjemaet «" + value + "» finnes ikke (verken i utrullingen eller fra før)");
      } else if (oppslag != null && isCamunda(attr) && name.equals("decisionRef") && !oppslag.beslutning(value)) {
        feil.add(sted + "beslutningstabellen «" + value + "» finnes ikke (verken i utrullingen eller fra før)");
      } else if (oppslag != null && name.equals("calledElement") && !oppslag.prosess(value)) {
        feil.add(sted + "prosessen «" + value + "» finnes ikke (verken i utrullingen eller fra før)");
      }
    }
    if (!dmn && lokal.equals("process") && "true".equals(element.getAttribute("isExecutable"))
        && element.getAttributeNodeNS("http://camunda.org/schema/1.0/bpmn", "historyTimeToLive") == null) {
      feil.add(sted + "camunda:historyTimeToLive mangler (hvor lenge historikken skal lagres)");
    }
    if (!dmn && !harBarn(element) && element.getTextContent() != null) {
      String text = element.getTextContent();
      if (text.contains("${") || text.contains("#{")) {
        feil.addAll(uttrykk(sted, text));
      }
    }
    if (dmn && !harBarn(element) && element.getTextContent() != null) {
      String text = element.getTextContent().toLowerCase(Locale.ROOT);
      if (text.matches("(?s).*\\bexternal\\b.*") || text.contains("java:") || text.contains("${")) {
        feil.add(sted + "eksterne funksjoner og andre uttrykksspråk enn FEEL er ikke tillatt");
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        walk(ressurs, child, dmn, oppslag, feil);
      }
    }
  }

  private static boolean harBarn(Element element) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCamunda(Attr attr) {
    return attr.getNamespaceURI() != null && attr.getNamespaceURI().contains("camunda");
  }

  /** The element and its nearest id, as a process owner finds it in Modeler. */
  private static String element(Element element) {
    for (org.w3c.dom.Node e = element; e instanceof Element el; e = e.getParentNode()) {
      if (el.hasAttribute("id")) {
        return el.getLocalName() + " " + el.getAttribute("id");
      }
    }
    return element.getLocalName();
  }

  /** The problems of an expression text (which may hold several {@code ${…}}). */
  List<String> uttrykk(String sted, String tekst) {
    List<String> feil = new ArrayList<>();
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(tekst).getRoot();
    } catch (TreeBuilderException e) {
      feil.add(sted + "uttrykket «" + tekst + "» kan ikke leses");
      return feil;
    }
    sjekk(root, null, sted, tekst, feil);
    return feil;
  }

  private void sjekk(Node node, Node forelder, String sted, String tekst, List<String> feil) {
    String hele = "«" + tekst + "»";
    if (node instanceof AstFunction) {
      feil.add(sted + hele + ": funksjoner er ikke tillatt");
      return;
    }
    if (node instanceof AstMethod method) {
      AstDot dot = method.getChild(0) instanceof AstDot d ? d : null;
      String metode = dot == null ? null : egenskap(dot);
      Node mottaker = dot == null ? null : dot.getChild(0);
      if (mottaker instanceof AstIdentifier id && !erVariabelRot(id.getName())) {
        if (!METODEBONNER.contains(id.getName())) {
          feil.add(sted + hele + ": " + id.getName() + "." + metode + "() er ikke tillatt");
        }
      } else if (mottaker instanceof AstIdentifier id && erSak(id.getName())) {
        if ("getVariable".equals(metode) || "hasVariable".equals(metode)) {
          // reading a variable by name is reading a variable
        } else if (!"setVariable".equals(metode) && !"removeVariable".equals(metode)) {
          feil.add(sted + hele + ": " + id.getName() + "." + metode + "() er ikke tillatt");
        } else {
          Node params = method.getChild(1);
          Node first = params.getCardinality() > 0 ? params.getChild(0) : null;
          String variabel = first instanceof AstString s ? String.valueOf(s.eval(null, null)) : null;
          if (variabel == null || (Beskyttet.er(variabel) && !Beskyttet.SATT_AV_MODELLEN.contains(variabel))) {
            feil.add(sted + hele + ": " + metode + " bare med et fast navn som ikke er beskyttet"
                + (variabel == null ? "" : " (" + variabel + " er beskyttet)"));
          }
        }
      } else if (metode == null || !VERDIMETODER.contains(metode)) {
        feil.add(sted + hele + ": metoden " + metode + "() er ikke tillatt");
      }
      // The receiver chain and the arguments are checked too (not the method's own dot).
      if (mottaker != null && !(mottaker instanceof AstIdentifier)) {
        sjekk(mottaker, dot, sted, tekst, feil);
      }
      Node params = method.getChild(1);
      for (int i = 0; i < params.getCardinality(); i++) {
        sjekk(params.getChild(i), params, sted, tekst, feil);
      }
      return;
    }
    if (node instanceof AstDot dot) {
      String egenskap = egenskap(dot);
      Node mottaker = dot.getChild(0);
      if (!(mottaker instanceof AstIdentifier id && erSak(id.getName()) && SAKSEGENSKAPER.contains(egenskap))) {
        feil.add(sted + hele + ": å lese «" + egenskap + "» er ikke tillatt");
      }
      if (!(mottaker instanceof AstIdentifier)) {
        sjekk(mottaker, dot, sted, tekst, feil);
      }
      return;
    }
    if (node instanceof AstIdentifier id) {
      boolean argument = forelder != null && forelder.getClass().getSimpleName().equals("AstParameters");
      if (erSak(id.getName()) && !argument) {
        feil.add(sted + hele + ": " + id.getName() + " kan bare gis videre til en bønne eller leses som sak");
      } else if (!erVariabelRot(id.getName()) && !argument) {
        feil.add(sted + hele + ": bønnen " + id.getName() + " kan ikke brukes slik");
      }
      return;
    }
    if (node instanceof AstBracket bracket) {
      for (int i = 0; i < bracket.getCardinality(); i++) {
        sjekk(bracket.getChild(i), bracket, sted, tekst, feil);
      }
      return;
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      sjekk(node.getChild(i), node, sted, tekst, feil);
    }
  }

  private static boolean erSak(String name) {
    return name.equals("execution") || name.equals("task");
  }

  /** A root identifier that is a variable (or the execution/task), not one of the product's beans. */
  private boolean erVariabelRot(String name) {
    return erSak(name) || (!delegater.get().contains(name) && !bonner.get().contains(name)
        && !METODEBONNER.contains(name)
        && !name.equals("processEngine") && !name.equals("processEngineServices")
        && !name.equals("authenticatedUserId") && !name.equals("dateTime"));
  }

  private static String egenskap(AstDot dot) {
    String s = dot.toString(); // ". name"
    return s.startsWith(". ") ? s.substring(2) : s;
  }
}
